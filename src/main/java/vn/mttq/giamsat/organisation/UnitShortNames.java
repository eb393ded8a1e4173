package vn.mttq.giamsat.organisation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short name a unit gets when an administrator has not written one: what people at the Front
 * say ("Lương Sơn", "Hội Nông dân", "Xã Tú Lý"), for lists, charts, choosers and sheet names.
 * Documents keep the full name (Decree 30/2020 names the issuing body in full).
 */
public final class UnitShortNames {

    public static final int MAX = 40;

    private static final Pattern FRONT = Pattern.compile(
            "^(ủy|uỷ) ban (mặt trận tổ quốc|mttq)( việt nam)?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OF_THE_FRONT = Pattern.compile(
            "\\s+(ủy|uỷ) ban (mặt trận tổ quốc|mttq).*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern TRAILING_LEVEL = Pattern.compile("\\s+(tỉnh|thành phố|huyện|quận|thị xã)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A district's level word goes ("huyện Lương Sơn" → "Lương Sơn"), a city keeps its "TP." so it is not its province's namesake. */
    private static final List<String[]> DISTRICT_LEVELS = List.of(
            new String[] {"thành phố ", "TP. "}, new String[] {"thị xã ", "TX. "}, new String[] {"huyện ", ""}, new String[] {"quận ", "Q. "});

    private UnitShortNames() {
    }

    public static String derive(String name, UnitKind kind) {
        String s = BRACKETS.matcher(name.strip()).replaceAll("");
        boolean committee = FRONT.matcher(s).find();
        s = FRONT.matcher(s).replaceFirst("");
        if (committee && kind == UnitKind.DISTRICT_FRONT) {
            String lower = s.toLowerCase(Locale.ROOT);
            for (String[] level : DISTRICT_LEVELS) {
                if (lower.startsWith(level[0])) {
                    s = level[1] + s.substring(level[0].length());
                    break;
                }
            }
        } else if (!committee) {
            // "Văn phòng Ủy ban MTTQ tỉnh" → "Văn phòng"; "Hội Nông dân tỉnh" → "Hội Nông dân"
            String cut = TRAILING_LEVEL.matcher(OF_THE_FRONT.matcher(s).replaceFirst("")).replaceFirst("");
            s = cut.isBlank() ? s : cut;
        }
        s = s.isEmpty() ? name.strip() : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.length() <= MAX ? s : s.substring(0, MAX - 1).strip() + "…";
    }
}
