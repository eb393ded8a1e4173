package vn.mttq.giamsat.base.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** What separates the folded text from its word pairs in a search column. */
    public static final String PAIRS = " ~ ";

    /**
     * The folded text followed by its adjacent word pairs written together ("nguyen van hai ~
     * nguyenvan vanhai"), for a full-text index: Vietnamese syllables are short and common, a pair
     * of them is far more selective, and a phrase is found through its pairs.
     */
    public static String indexed(String... parts) {
        String folded = fold(String.join(" ", parts));
        return folded + PAIRS + String.join(" ", pairs(folded));
    }

    /** The distinct adjacent pairs of a folded text, in order. */
    public static List<String> pairs(String folded) {
        String[] words = folded.isBlank() ? new String[0] : folded.split(" ");
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            out.add(words[i] + words[i + 1]);
        }
        return List.copyOf(out);
    }
}
