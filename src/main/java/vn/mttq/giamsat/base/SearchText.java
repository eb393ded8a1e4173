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
}
