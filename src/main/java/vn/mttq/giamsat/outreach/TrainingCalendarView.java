package vn.mttq.giamsat.outreach;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.ui.MonthCalendar;

/**
 * Planned and held conferences and trainings of a month across the person's scope (a member
 * organisation: its own and those it co-organises); a session opens its page. Below, the address
 * of the unit's calendar feed.
 */
@Route("tap-huan/lich")
@Menu(order = 405, title = "menu.training-calendar", icon = "vaadin:calendar")
@PermitAll
class TrainingCalendarView extends VerticalLayout implements HasDynamicTitle {

    final MonthCalendar calendar;
    final Anchor feed = new Anchor();
    private final Map<Long, String> unitNames = new HashMap<>();

    final ComboBox<Long> unit = new ComboBox<>();

    TrainingCalendarView(SessionService sessions, FeedKeys keys, OutreachScope scope) {
        addClassName("page");
        setWidthFull();
        Map<Long, String> units = scope.memberUnit() == 0 ? scope.unitChoices() : Map.of(); // a member organisation has one unit: no chooser
        unit.setLabel(getTranslation("outreach.calendar.unit"));
        unit.setItems(units.keySet());
        unit.setItemLabelGenerator(id -> units.getOrDefault(id, ""));
        unit.setPlaceholder(getTranslation("plan.filter.all"));
        unit.setClearButtonVisible(true);
        unit.setVisible(!units.isEmpty());
        unit.setWidth("24rem");
        calendar = new MonthCalendar((from, to) -> sessions.between(unit.getValue() == null ? 0 : unit.getValue(), from, to).stream()
                .flatMap(s -> s.getStartsOn().datesUntil(s.getEndsOn().plusDays(1))
                        .map(day -> new MonthCalendar.Event(day, s.getTitle(), "tap-huan/" + s.getId(),
                                getTranslation("outreach.kind." + s.getKind().name()) + " · "
                                        + unitNames.computeIfAbsent(s.getUnitId(), sessions::unitShortName)
                                        + (s.getPlace().isBlank() ? "" : " · " + s.getPlace()))))
                .toList());
        long own = scope.ownUnit();
        feed.setHref(TrainingFeed.path(keys, own));
        feed.setText(getTranslation("outreach.calendar.feed"));
        feed.addClassName("calendar-feed-link");
        Paragraph help = new Paragraph(getTranslation("outreach.calendar.feed.help", sessions.unitName(own)));
        help.addClassName("page-intro");
        unit.addValueChangeListener(e -> calendar.show(calendar.shown()));
        add(unit, calendar, new HorizontalLayout(feed), help);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.training-calendar");
    }
}
