package vn.mttq.giamsat.outreach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** State badges of this feature, in the shared colours of docs/ux.md. */
final class OutreachBadges {

    private OutreachBadges() {
    }

    static Span of(Component owner, SessionStatus status) {
        Span badge = new Span(owner.getTranslation("outreach.status." + status.name()));
        badge.addClassNames("state-badge", status.badgeClass());
        return badge;
    }

    static Span of(Component owner, PracticeStatus status) {
        Span badge = new Span(owner.getTranslation("outreach.practice.status." + status.name()));
        badge.addClassNames("state-badge", status.badgeClass());
        return badge;
    }
}
