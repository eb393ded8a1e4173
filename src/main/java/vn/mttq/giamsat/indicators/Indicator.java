package vn.mttq.giamsat.indicators;

import java.util.Locale;
import java.util.function.Function;
import vn.mttq.giamsat.base.text.Texts;

/**
 * One entry of the indicator catalogue: a stable code (kept in stored reports and the API), the
 * feature that provides it, its name and unit of measure in both languages, and how it is
 * counted. Every indicator is a count, so a subtree's value is the sum of its units' values;
 * rates are derived from counts where they are shown.
 */
public record Indicator(String code, String feature, String nameVi, String nameEn, String measureVi, String measureEn,
                        String methodVi, String methodEn) {

    /** An indicator whose name, measure and method come from the translation files. */
    public static Indicator of(String code, String feature, Function<Locale, String> name, String measureKey, String methodKey) {
        return new Indicator(code, feature, name.apply(Texts.VIETNAMESE), name.apply(Texts.ENGLISH), Texts.vi(measureKey),
                Texts.en(measureKey), Texts.vi(methodKey), Texts.en(methodKey));
    }

    /** Its name from a translation key with arguments already in the right language. */
    public static Function<Locale, String> named(String key, Function<Locale, Object> argument) {
        return locale -> Texts.format(locale, key, argument.apply(locale));
    }

    public static Function<Locale, String> named(String key) {
        return locale -> Texts.format(locale, key);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String measure(Locale locale) {
        return "en".equals(locale.getLanguage()) ? measureEn : measureVi;
    }

    public String method(Locale locale) {
        return "en".equals(locale.getLanguage()) ? methodEn : methodVi;
    }
}
