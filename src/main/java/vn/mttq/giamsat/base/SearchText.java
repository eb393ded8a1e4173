package vn.mttq.giamsat.base;

import org.jspecify.annotations.Nullable;

/**
 * What a person typed into a search box, made ready for a {@code like concat('%', :text, '%')}
 * query: trimmed, and with LIKE's wildcards taken literally, so "H_" finds "H_" and "100%" finds
 * "100%" instead of everything. MariaDB's default LIKE escape character is the backslash.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String contains(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        return typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Vietnamese text folded for matching without diacritics: lower case, marks removed, đ as d,
     * anything but letters and digits as one space ("Nguyễn Văn Đức, UBND" becomes
     * "nguyen van duc ubnd"). Used for search columns and for comparing names of places.
     */
    public static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String bare = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(java.util.Locale.ROOT);
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
