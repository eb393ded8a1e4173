package vn.mttq.giamsat.supervision;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.ui.MonthCalendar;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * The delegations' working sessions of a month across the person's scope on one calendar (a
 * member organisation: the delegations its people sit in), weeks from Monday; a session opens its
 * activity. Below, the address of the unit's calendar feed for a calendar application.
 */
@Route("giam-sat/lich")
@Menu(order = 220, title = "menu.supervision-calendar", icon = "vaadin:calendar-user")
@PermitAll
class SessionsCalendarView extends VerticalLayout implements HasDynamicTitle {

    final MonthCalendar calendar;
    final Anchor feed = new Anchor();
    private final ActivityService activities;
    private final Map<Long, String> unitNames = new HashMap<>();

    SessionsCalendarView(ActivityService activities, FeedKeys keys, CurrentUser currentUser, DataScopeService scopes) {
        this.activities = activities;
        addClassName("page");
        setWidthFull();
        calendar = new MonthCalendar((from, to) -> activities.sessionsBetween(from, to).stream()
                .map(e -> new MonthCalendar.Event(e.session().getHeldOn(),
                        (e.session().getStartsAt() == null ? "" : e.session().getStartsAt() + " ") + e.activity().getTitle(),
                        "giam-sat/" + e.activity().getId(), e.activity().getTitle() + " · " + e.session().getPlace() + " · "
                        + unitNames.computeIfAbsent(e.activity().getUnitId(), activities::unitShortName)))
                .toList());
        long unit = currentUser.require().role() == Role.MEMBER_ORGANISATION ? currentUser.require().unitId()
                : scopes.current().rootUnitId();
        feed.setHref(SupervisionFeed.path(keys, unit));
        feed.setText(getTranslation("supervision.calendar.feed"));
        feed.addClassName("calendar-feed-link");
        Paragraph help = new Paragraph(getTranslation("supervision.calendar.feed.help", activities.unitName(unit)));
        help.addClassName("page-intro");
        add(calendar, new HorizontalLayout(feed), help);
    }

    void show(YearMonth month) {
        calendar.show(month);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.supervision-calendar");
    }
}
