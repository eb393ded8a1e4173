package vn.mttq.giamsat.base.text;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * A text for the page being drawn, in its language (English when the person chose it), for
     * texts a service composes for a page such as the home page's items; documents, mails and
     * stored history stay Vietnamese through {@link #vi}.
     */
    public static String page(String key, Object... args) {
        return format(pageIsEnglish() ? ENGLISH : VIETNAMESE, key, args);
    }

    /** Whether the page being drawn is in English (the person chose it); false outside a page. */
    public static boolean pageIsEnglish() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null && "en".equals(ui.getLocale().getLanguage());
    }

    public static String en(String key, Object... args) {
        return format(ENGLISH, key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        if (args.length == 0) {
            return ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
        }
        // parsed once per key: jobs format tens of thousands of reminders in one run
        MessageFormat parsed = FORMATS.computeIfAbsent(locale.toLanguageTag() + '|' + key, k -> new MessageFormat(
                ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key), locale));
        return ((MessageFormat) parsed.clone()).format(args); // MessageFormat is not thread-safe
    }

    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
}
