package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Vietnamese / English picker; reloads the page so every label is re-translated. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(PortalLocales.SUPPORTED);
        setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        setValue(PortalLocales.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(PortalLocales.VIETNAMESE));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
        addClassName("language-switch");
    }

    /** Remembers the language for the session and reloads, so every label is translated again. */
    static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
