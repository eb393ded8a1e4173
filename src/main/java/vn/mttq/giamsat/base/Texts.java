package vn.mttq.giamsat.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's translation files outside a UI (API answers, e-mails, jobs): same keys and the
 * same MessageFormat rules as {@code getTranslation} in views.
 */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en", "GB");

    private Texts() {
    }

    public static String vi(String key, Object... args) {
        return format(VIETNAMESE, key, args);
    }

    public static String en(String key, Object... args) {
        return format(ENGLISH, key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        String text = ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
