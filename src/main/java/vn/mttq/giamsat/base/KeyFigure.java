package vn.mttq.giamsat.base;

import org.jspecify.annotations.Nullable;

/** A number on the home page of the Standing Committee and department staff, with its page. */
public record KeyFigure(String labelKey, long value, Tone tone, @Nullable String link) {

    public enum Tone { NEUTRAL, OVERDUE, DONE }
}
