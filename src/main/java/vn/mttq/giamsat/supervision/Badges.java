package vn.mttq.giamsat.supervision;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** State badges of supervision pages, in the shared colours of docs/ux.md. */
final class Badges {

    private Badges() {
    }

    static Span of(Component owner, ActivityStatus status) {
        Span badge = new Span(owner.getTranslation("supervision.status." + status.name()));
        badge.addClassNames("state-badge", status.badgeClass());
        return badge;
    }

    static Span of(Component owner, RecommendationStatus status) {
        Span badge = new Span(owner.getTranslation("recommendation.status." + status.name()));
        badge.addClassNames("state-badge", status.badgeClass());
        return badge;
    }
}
