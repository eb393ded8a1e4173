package vn.mttq.giamsat.periodicreports;

/** The narrative parts of a periodic report, in the order the report prints them. */
public enum Section {
    RESULTS, STRENGTHS, LIMITATIONS, RECOMMENDATIONS, NEXT_TASKS;

    public String translationKey() {
        return "report.section." + name();
    }
}
