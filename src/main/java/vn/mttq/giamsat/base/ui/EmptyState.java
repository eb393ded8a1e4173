package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a list or chart shows when it has nothing yet: what will appear here and, where the person
 * may act, the button that starts it (docs/ux.md). Give grids one with
 * {@code grid.setEmptyStateComponent(new EmptyState(...))}.
 */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
        addClassName("empty-state");
        Span heading = new Span(title);
        heading.addClassName("empty-title");
        Span body = new Span(text);
        body.addClassName("empty-text");
        add(new Icon(icon), heading, body);
        add(actions);
    }
}
