package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;

/** Administrators open or close the people's submission page and set its limits. */
@Route("admin/gui-y-kien")
@Menu(order = 705, title = "menu.public-submission", icon = "vaadin:globe")
@RolesAllowed(Role.Names.ADMIN)
class SubmissionSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox enabled = new Checkbox();
    final IntegerField perHour = number("feedback.public.settings.per-hour", 1, 100);
    final IntegerField perDay = number("feedback.public.settings.per-day", 1, 1000);
    final IntegerField maxFiles = number("feedback.public.settings.max-files", 0, 10);
    final IntegerField maxMegabytes = number("feedback.public.settings.max-mb", 1, 20);
    final Button save = new Button();
    private final SubmissionSettings settings;
    private long version;

    SubmissionSettingsView(SubmissionSettings settings) {
        this.settings = settings;
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("feedback.public.settings.intro"));
        intro.addClassName("page-intro");
        enabled.setLabel(getTranslation("feedback.public.settings.enabled"));
        enabled.setId("public-enabled");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("public-save");
        save.addClickListener(e -> save());
        HorizontalLayout limits = new HorizontalLayout(perHour, perDay, maxFiles, maxMegabytes);
        limits.setWrap(true);
        int[] month = settings.lastMonth();
        Paragraph received = new Paragraph(getTranslation("feedback.public.settings.last-month", month[0], month[1]));
        received.setId("public-last-month");
        add(intro, received, enabled, limits, save, new Anchor("gui-y-kien", getTranslation("feedback.public.settings.open-page")));
        show(settings.current());
    }

    private IntegerField number(String key, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setWidth("14rem");
        return field;
    }

    private void show(SubmissionSettings.Settings s) {
        enabled.setValue(s.enabled());
        perHour.setValue(s.perAddressHour());
        perDay.setValue(s.perAddressDay());
        maxFiles.setValue(s.maxFiles());
        maxMegabytes.setValue(s.maxFileMegabytes());
        version = s.version();
    }

    private void save() {
        try {
            show(settings.change(new SubmissionSettings.Settings(enabled.getValue(), value(perHour), value(perDay), value(maxFiles),
                    value(maxMegabytes), version)));
            UserMessages.info(getTranslation("feedback.public.settings.saved"));
        } catch (UserFacingException refused) {
            UserMessages.show(refused);
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.public-submission");
    }
}
