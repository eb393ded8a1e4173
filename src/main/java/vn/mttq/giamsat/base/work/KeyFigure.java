package vn.mttq.giamsat.base.work;

import org.jspecify.annotations.Nullable;

/** A number on the home page of the Standing Committee and department staff, with its page. */
public record KeyFigure(String labelKey, java.util.List<String> labelArguments, long value, Tone tone, @Nullable String link) {

    public KeyFigure(String labelKey, long value, Tone tone, @Nullable String link) {
        this(labelKey, java.util.List.of(), value, tone, link);
    }

    public enum Tone { NEUTRAL, OVERDUE, DONE }
}
