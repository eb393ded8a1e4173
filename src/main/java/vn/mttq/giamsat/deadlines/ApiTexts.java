package vn.mttq.giamsat.deadlines;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the public API, in Vietnamese and English from the portal's translation files. */
final class ApiTexts {

    private static final Locale VI = Locale.of("vi", "VN");
    private static final Locale EN = Locale.of("en", "GB");

    private ApiTexts() {
    }

    static String vi(String key, Object... args) {
        return format(VI, key, args);
    }

    static String en(String key, Object... args) {
        return format(EN, key, args);
    }

    private static String format(Locale locale, String key, Object... args) {
        String text = ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
