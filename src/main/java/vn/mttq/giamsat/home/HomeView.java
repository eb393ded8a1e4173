package vn.mttq.giamsat.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.work.KeyFigure;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.work.WorkItem;

/**
 * "Việc của tôi", the first page after sign-in: key figures of the person's scope (for the roles
 * that have some), then everything overdue, due soon and unread, most urgent first.
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How many items the page shows; the deadlines page has the rest. */
    static final int LIMIT = 30;

    final Div figures = new Div();
    final Div work = new Div();
    private final CurrentUser currentUser;
    private final MyWork myWork;

    HomeView(CurrentUser currentUser, MyWork myWork) {
        this.currentUser = currentUser;
        this.myWork = myWork;
        addClassNames("page", "home-page");
        setPadding(false);
    }

    /** Built on every visit, so coming back to the home page shows today's state, not the first one's. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        figures.removeAll();
        work.removeAll();
        PortalUser user = currentUser.require();
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Paragraph greeting = new Paragraph(getTranslation("home.greeting", user.fullName(), PortalFormats.date(today)));
        greeting.addClassName("page-intro");
        add(greeting);

        List<KeyFigure> keyFigures = myWork.figures(user, today);
        if (!keyFigures.isEmpty()) {
            figures.addClassName("key-figures");
            keyFigures.forEach(f -> figures.add(figure(f)));
            add(figures, new Anchor("thong-ke", getTranslation("home.to-dashboard")));
        }

        H2 title = new H2(getTranslation("home.work.title"));
        title.addClassName("section-title");
        work.addClassName("work-list");
        List<WorkItem> items = myWork.items(user, today, LIMIT);
        if (items.isEmpty()) {
            work.add(new EmptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("home.work.empty.title"),
                    getTranslation("home.work.empty.text"), new Anchor("han-xu-ly", getTranslation("home.work.all"))));
        } else {
            items.forEach(i -> work.add(row(i)));
        }
        add(title, work);
        if (!items.isEmpty()) {
            add(new Anchor("han-xu-ly", getTranslation("home.work.all")));
        }
    }

    private Anchor figure(KeyFigure f) {
        Span value = new Span(PortalFormats.number(f.value()));
        value.addClassName("figure-value");
        Span label = new Span(getTranslation(f.labelKey(), f.labelArguments().toArray()));
        label.addClassName("figure-label");
        Anchor a = new Anchor(f.link() == null ? "thong-ke" : f.link(), value, label);
        a.addClassNames("key-figure", "tone-" + f.tone().name().toLowerCase());
        return a;
    }

    /**
     * One element per row, its title, badge and details written as markup: as components (a link,
     * three spans and their texts) a home page of thirty rows was over 200 of the UI's nodes, kept
     * on the server for every signed-in person (issue 25). The texts are escaped; the page and its
     * styles see the same markup as before.
     */
    private Anchor row(WorkItem item) {
        StringBuilder meta = new StringBuilder(getTranslation(item.kindKey()));
        if (item.detail() != null && !item.detail().isBlank()) {
            meta.append(" · ").append(item.detail());
        }
        if (item.dueDate() != null) {
            meta.append(" · ").append(getTranslation("home.work.due", PortalFormats.date(item.dueDate())));
        } else if (item.at() != null) {
            meta.append(" · ").append(PortalFormats.dateTime(item.at()));
        }
        Anchor a = new Anchor();
        a.setHref(item.link() == null ? "" : item.link());
        a.getElement().setProperty("innerHTML", span("work-title", item.title()) + span("state-badge " + badgeClass(item), badge(item))
                + span("work-meta", meta.toString()));
        a.addClassNames("work-item", "urgency-" + switch (item.urgency()) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "soon";
            case INFO -> "info";
        });
        return a;
    }

    private static String span(String classes, String text) {
        return "<span class=\"" + classes + "\">" + HtmlUtils.htmlEscape(text, "UTF-8") + "</span>";
    }

    private String badge(WorkItem item) {
        return switch (item.urgency()) {
            case OVERDUE -> getTranslation("deadline.overdue-days", -item.workingDays());
            case DUE_SOON -> item.workingDays() == 0 ? getTranslation("deadline.due-today")
                    : getTranslation("deadline.remaining-days", item.workingDays());
            case INFO -> getTranslation(item.badgeKey() == null ? "home.work.unread" : item.badgeKey());
        };
    }

    private static String badgeClass(WorkItem item) {
        return switch (item.urgency()) {
            case OVERDUE -> "state-overdue";
            case DUE_SOON -> "state-waiting";
            case INFO -> "state-progress";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
