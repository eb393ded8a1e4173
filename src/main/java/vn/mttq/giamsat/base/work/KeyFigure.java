package vn.mttq.giamsat.base.work;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A number on the home page of the Standing Committee and department staff, with its page. */
public record KeyFigure(String labelKey, List<String> labelArguments, long value, Tone tone, @Nullable String link) {

    public KeyFigure(String labelKey, long value, Tone tone, @Nullable String link) {
        this(labelKey, List.of(), value, tone, link);
    }

    public enum Tone { NEUTRAL, OVERDUE, DONE }
}
