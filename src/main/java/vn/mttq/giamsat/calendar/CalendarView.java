package vn.mttq.giamsat.calendar;

import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.text.TextPolicy;

import vn.mttq.giamsat.base.ui.FieldLimits;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;

/**
 * The working calendar of a year: days off marked, the reason on hover; below, the year's
 * government decisions, which administrators record and remove.
 */
@Route("lich-lam-viec")
@Menu(order = 540, title = "menu.calendar", icon = "vaadin:calendar")
@PermitAll
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    /** 0 shows the whole year; 1-12 one month. */
    final Select<Integer> month = new Select<>();
    final Div months = new Div();
    final Paragraph summary = new Paragraph();
    final Grid<CalendarAdjustment> adjustments = new Grid<>(CalendarAdjustment.class, false);
    final PortalDatePicker day = new PortalDatePicker(getTranslation("calendar.adjustment.day"));
    final Select<CalendarAdjustment.Kind> kind = new Select<>();
    final TextField reason = new TextField(getTranslation("calendar.adjustment.reason"));
    final TextField decisionNumber = new TextField(getTranslation("calendar.adjustment.decision-number"));
    final PortalDatePicker decisionDate = new PortalDatePicker(getTranslation("calendar.adjustment.decision-date"));
    final Button add = new Button(getTranslation("calendar.adjustment.add"));

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;

    CalendarView(WorkingCalendar calendar, CalendarAdministration administration, CurrentUser currentUser) {
        addClassName("page");
        adjustments.setEmptyStateComponent(new EmptyState(VaadinIcon.CALENDAR, getTranslation("empty.adjustments.title"),
                getTranslation("empty.adjustments.text")));
        this.calendar = calendar;
        this.administration = administration;
        boolean admin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(IntStream.rangeClosed(WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR).boxed().toList());
        year.setValue(LocalDate.now(PortalFormats.VIETNAM).getYear());
        year.addValueChangeListener(e -> refresh());
        String[] monthNames = getTranslation("date.months").split(",");
        month.setLabel(getTranslation("calendar.month"));
        month.setItems(IntStream.rangeClosed(0, 12).boxed().toList());
        month.setItemLabelGenerator(m -> m == 0 ? getTranslation("calendar.whole-year") : monthNames[m - 1].strip());
        month.setValue(0);
        month.addValueChangeListener(e -> refresh());
        months.addClassName("calendar-months");
        months.addClassName("calendar-months");

        adjustments.addColumn(a -> PortalFormats.date(a.getDay())).setHeader(getTranslation("calendar.adjustment.day")).setAutoWidth(true);
        adjustments.addColumn(a -> getTranslation("calendar.adjustment.kind." + a.getKind())).setHeader(getTranslation("calendar.adjustment.kind")).setAutoWidth(true);
        adjustments.addColumn(CalendarAdjustment::getReason).setHeader(getTranslation("calendar.adjustment.reason")).setFlexGrow(2);
        adjustments.addColumn(CalendarAdjustment::decision).setHeader(getTranslation("calendar.adjustment.decision-number")).setFlexGrow(1);
        adjustments.setAllRowsVisible(true);

        HorizontalLayout period = new HorizontalLayout(year, month);
        add(period, summary, months, new H3(getTranslation("calendar.adjustments")), adjustments);
        if (admin) {
            add(settingsEditor());
            adjustments.addComponentColumn(a -> new Button(getTranslation("calendar.adjustment.remove"), e -> confirmRemove(a)))
                    .setAutoWidth(true);
            add(adjustmentForm());
        }
        refresh();
    }

    final CheckboxGroup<DayOfWeek> restDays = new CheckboxGroup<>();

    final IntegerField tetTotal = new IntegerField();
    final IntegerField tetBefore = new IntegerField();

    /** The week pattern and the Tết span, saved together. */
    private HorizontalLayout settingsEditor() {
        restDays.setLabel(getTranslation("calendar.rest-days"));
        restDays.setItems(DayOfWeek.values());
        String[] names = getTranslation("date.weekdays").split(",");
        restDays.setItemLabelGenerator(d -> names[d.getValue() % 7].strip());
        restDays.setValue(administration.restDays());
        CalendarAdministration.TetSpan tet = administration.tetSpan();
        tetTotal.setLabel(getTranslation("calendar.tet-total"));
        tetTotal.setValue(tet.total());
        tetBefore.setLabel(getTranslation("calendar.tet-before"));
        tetBefore.setValue(tet.before());
        for (IntegerField days : new IntegerField[] {tetTotal, tetBefore}) {
            days.setStepButtonsVisible(true);
            days.setMin(0);
            days.setMax(CalendarAdministration.MAX_TET_DAYS);
            days.setWidth("11rem");
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                administration.saveSettings(restDays.getValue(), new CalendarAdministration.TetSpan(
                        tetTotal.getValue() == null ? 0 : tetTotal.getValue(), tetBefore.getValue() == null ? -1 : tetBefore.getValue()));
                refresh();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        HorizontalLayout editor = new HorizontalLayout(restDays, tetTotal, tetBefore, save);
        editor.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        editor.setWrap(true);
        return editor;
    }

    private HorizontalLayout adjustmentForm() {
        kind.setLabel(getTranslation("calendar.adjustment.kind"));
        kind.setItems(CalendarAdjustment.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.adjustment.kind." + k));
        kind.setValue(CalendarAdjustment.Kind.DAY_OFF);
        FieldLimits.limit(reason, 255);
        FieldLimits.limit(decisionNumber, 100);
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> record());
        HorizontalLayout form = new HorizontalLayout(day, kind, reason, decisionNumber, decisionDate, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("adjustment-form");
        return form;
    }

    private void record() {
        day.setInvalid(day.getValue() == null);
        day.setErrorMessage(getTranslation("validation.required"));
        String reasonProblem = reason.getValue().isBlank() ? "validation.required" : TextPolicy.problem(reason.getValue(), 255, false);
        reason.setInvalid(reasonProblem != null);
        reason.setErrorMessage(reasonProblem == null ? null : getTranslation(reasonProblem, 255));
        String numberProblem = TextPolicy.problem(decisionNumber.getValue(), 100, false);
        decisionNumber.setInvalid(numberProblem != null);
        decisionNumber.setErrorMessage(numberProblem == null ? null : getTranslation(numberProblem, 100));
        if (day.isInvalid() || reason.isInvalid() || decisionNumber.isInvalid()) {
            return;
        }
        CalendarAdjustment a = new CalendarAdjustment(day.getValue(), kind.getValue(), TextPolicy.normalise(reason.getValue()));
        a.setDecisionNumber(TextPolicy.normalise(decisionNumber.getValue()));
        a.setDecisionDate(decisionDate.getValue());
        try {
            administration.record(a);
        } catch (UserFacingException refused) {
            UserMessages.show(refused);
            return;
        }
        day.clear();
        reason.clear();
        decisionNumber.clear();
        decisionDate.clear();
        year.setValue(a.getDay().getYear());
        refresh();
    }

    private void confirmRemove(CalendarAdjustment a) {
        Guarded.confirmDestructive(getTranslation("calendar.adjustment.remove.title"),
                getTranslation("calendar.adjustment.remove.message", PortalFormats.date(a.getDay())),
                getTranslation("calendar.adjustment.remove"), () -> {
                    administration.remove(a.getId());
                    refresh();
                });
    }

    private void refresh() {
        int y = year.getValue();
        Map<LocalDate, DayOff> off = calendar.daysOff(y).stream().collect(Collectors.toMap(DayOff::date, Function.identity()));
        int m = month.getValue() == null ? 0 : month.getValue();
        months.removeAll();
        for (int shown = m == 0 ? 1 : m; shown <= (m == 0 ? 12 : m); shown++) {
            months.add(new MonthGrid(YearMonth.of(y, shown), off));
        }
        long holidays = off.values().stream()
                .filter(d -> d.kind() != DayOff.Kind.WEEKLY_REST && (m == 0 || d.date().getMonthValue() == m)).count();
        summary.setText(getTranslation(m == 0 ? "calendar.days-off-count" : "calendar.days-off-count.month", holidays));
        adjustments.setItems(administration.ofYear(y));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.calendar");
    }
}
