package vn.mttq.giamsat.deadlines;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.mttq.giamsat.base.security.Role;

/**
 * Administrators keep the legal time limits current: working days per kind of item (and the
 * most an extension may reach) and the half-year and annual reporting schedule.
 */
@Route("admin/thoi-han")
@Menu(order = 704, title = "menu.time-limits", icon = "vaadin:hourglass")
@RolesAllowed(Role.Names.ADMIN)
class LegalTimeLimitsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DeadlineRule> rules = new Grid<>(DeadlineRule.class, false);
    final Grid<ReportingSchedule> schedules = new Grid<>(ReportingSchedule.class, false);
    private final LegalTimeLimits limits;

    LegalTimeLimitsView(LegalTimeLimits limits) {
        addClassName("page");
        this.limits = limits;
        rules.addColumn(DeadlineRule::getTitle).setHeader(getTranslation("time-limits.rule.title")).setFlexGrow(3);
        rules.addColumn(DeadlineRule::getStandardWorkingDays).setHeader(getTranslation("time-limits.rule.standard")).setAutoWidth(true);
        rules.addColumn(DeadlineRule::getMaximumWorkingDays).setHeader(getTranslation("time-limits.rule.maximum")).setAutoWidth(true);
        rules.addColumn(DeadlineRule::getSource).setHeader(getTranslation("catalogue.source")).setFlexGrow(3);
        rules.addComponentColumn(r -> editButton(() -> new DeadlineRuleForm(r, limits, this::refresh).open())).setAutoWidth(true);
        rules.addItemDoubleClickListener(e -> new DeadlineRuleForm(e.getItem(), limits, this::refresh).open());
        rules.setAllRowsVisible(true);
        rules.addClassName("deadline-rules");

        schedules.addColumn(s -> getTranslation("time-limits.schedule." + s.kind())).setHeader(getTranslation("time-limits.schedule.kind"))
                .setAutoWidth(true);
        schedules.addColumn(s -> MonthDays.format(s.periodFrom()) + " – " + MonthDays.format(s.periodTo()))
                .setHeader(getTranslation("time-limits.schedule.period")).setAutoWidth(true);
        schedules.addColumn(s -> MonthDays.format(s.due())).setHeader(getTranslation("time-limits.schedule.due")).setAutoWidth(true);
        schedules.addColumn(ReportingSchedule::openDaysBefore).setHeader(getTranslation("time-limits.schedule.open-days")).setAutoWidth(true);
        schedules.addColumn(ReportingSchedule::source).setHeader(getTranslation("catalogue.source")).setFlexGrow(3);
        schedules.addComponentColumn(s -> editButton(() -> new ReportingScheduleForm(s, limits, this::refresh).open())).setAutoWidth(true);
        schedules.addItemDoubleClickListener(e -> new ReportingScheduleForm(e.getItem(), limits, this::refresh).open());
        schedules.setAllRowsVisible(true);
        schedules.addClassName("reporting-schedules");

        add(new H3(getTranslation("time-limits.rules")), new Paragraph(getTranslation("time-limits.rules.help")), rules,
                new H3(getTranslation("time-limits.schedules")), new Paragraph(getTranslation("time-limits.schedules.help")), schedules);
        refresh();
    }

    private Button editButton(Runnable open) {
        Button edit = new Button(getTranslation("common.edit"), e -> open.run());
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        return edit;
    }

    private void refresh() {
        rules.setItems(limits.rules());
        schedules.setItems(limits.schedules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.time-limits");
    }
}
