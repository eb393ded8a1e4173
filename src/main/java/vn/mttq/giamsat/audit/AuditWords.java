package vn.mttq.giamsat.audit;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail in words of the chosen language (issue 22: "LOGIN_SUCCESS", "feedback-case 6" were
 * shown as stored). An action is looked up under the module's history keys, where the record pages
 * name them, then under {@code audit.action.*}; a record type under {@code audit.target.*}. A code
 * nobody named yet is shown as stored rather than hidden.
 */
public final class AuditWords {

    private static final List<String> ACTION_KEYS = List.of("audit.action.", "feedback.history.", "supervision.history.",
            "plan.history.action.", "outreach.history.", "report.history.");

    private AuditWords() {
    }

    public static String action(Locale locale, String action) {
        ResourceBundle texts = texts(locale);
        for (String prefix : ACTION_KEYS) {
            if (texts.containsKey(prefix + action)) {
                return texts.getString(prefix + action);
            }
        }
        return action;
    }

    /** An actor that is not an account in words: "system" (jobs) and "?" (an unknown sign-in name); others as stored. */
    public static String actor(Locale locale, String actor) {
        return switch (actor) {
            case "system" -> texts(locale).getString("audit.actor.system");
            case "?" -> texts(locale).getString("audit.actor.unknown");
            default -> actor;
        };
    }

    /** "Vụ việc 6", "Tài khoản 12": the kind of record in words and its number. */
    public static String target(Locale locale, @Nullable String type, @Nullable String id) {
        if (type == null) {
            return "";
        }
        ResourceBundle texts = texts(locale);
        String kind = texts.containsKey("audit.target." + type) ? texts.getString("audit.target." + type) : type;
        return id == null ? kind : kind + " " + id;
    }

    private static ResourceBundle texts(Locale locale) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n/translations", "en".equals(locale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("vi", "VN"));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("translations missing", e);
        }
    }
}
