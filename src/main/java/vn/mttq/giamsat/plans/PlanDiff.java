package vn.mttq.giamsat.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a plan, section by section and line by line (a longest
 * common subsequence of lines), for a side-by-side view: each row holds the old and the new line,
 * either of which may be empty where a line was added or removed.
 */
public final class PlanDiff {

    public enum Change { SAME, REMOVED, ADDED, CHANGED }

    public record Line(String sectionKey, String before, String after, Change change) {
    }

    private PlanDiff() {
    }

    static List<Line> between(PlanVersion a, PlanVersion b) {
        List<Line> lines = new ArrayList<>();
        section(lines, "plan.title", a.getTitle(), b.getTitle());
        section(lines, "plan.legal-bases", a.getLegalBases(), b.getLegalBases());
        section(lines, "plan.section.purposes", a.getPurposes(), b.getPurposes());
        section(lines, "plan.section.contents", a.getContents(), b.getContents());
        section(lines, "plan.section.organisation", a.getOrganisation(), b.getOrganisation());
        return lines;
    }

    private static void section(List<Line> out, String key, String before, String after) {
        String[] x = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] y = after.isEmpty() ? new String[0] : after.split("\n", -1);
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i].equals(y[j])) {
                out.add(new Line(key, x[i++], y[j++], Change.SAME));
            } else if (i < x.length && j < y.length && lcs[i + 1][j] == lcs[i][j + 1]) {
                out.add(new Line(key, x[i++], y[j++], Change.CHANGED)); // a line edited in place
            } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new Line(key, "", y[j++], Change.ADDED));
            } else {
                out.add(new Line(key, x[i++], "", Change.REMOVED));
            }
        }
    }
}
