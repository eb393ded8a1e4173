package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;

/**
 * A list page on a phone (issue 22: district and commune staff use phones): the filters fold into
 * one "Lọc" panel, closed on a phone and open on a desk; a grid shows one card per record instead
 * of a row wider than the screen. The width is the browser's, asked once when the page attaches.
 */
public final class NarrowScreens {

    /** Below this window width (CSS pixels) a page is laid out for a phone. */
    public static final int PHONE = 600;

    private NarrowScreens() {
    }

    /** Runs {@code onPhone} once the browser has told its width, if it is a phone's. */
    public static void whenPhone(Component component, Runnable onPhone) {
        component.addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < PHONE) {
                onPhone.run();
            }
        }));
    }

    /** The filter bar in a "Lọc" panel: open on a desk, folded on a phone. */
    public static Details filters(HorizontalLayout bar) {
        Details panel = new Details();
        panel.setSummary(new Span(VaadinIcon.FILTER.create(),
                new Span(" " + bar.getTranslation("common.filters"))));
        panel.add(bar);
        panel.setOpened(true);
        panel.setWidthFull();
        panel.addClassName("filter-panel");
        whenPhone(panel, () -> panel.setOpened(false));
        return panel;
    }

    /**
     * One card per record on a phone: a title, a line of facts and the state as a badge (its text and
     * its {@code state-*} class). The template is the same on every list, so cards look alike.
     */
    public static <T> void cards(Grid<T> grid, String header, ValueProvider<T, String> title, ValueProvider<T, String> meta,
            ValueProvider<T, String> state, ValueProvider<T, String> stateClass) {
        cards(grid, grid.addColumn(LitRenderer.<T>of("<div class='record-card'><div class='record-card-title'>${item.title}</div>"
                        + "<div class='record-card-meta'>${item.meta}</div>"
                        + "<span class='state-badge ${item.stateClass}'>${item.state}</span></div>")
                .withProperty("title", title)
                .withProperty("meta", meta)
                .withProperty("state", state)
                .withProperty("stateClass", stateClass)).setHeader(header));
    }

    /**
     * The same card where the list already draws the state as a badge (a {@code Span} with its
     * {@code state-*} class): its text and classes are copied, and the badge is built once per card
     * (a row's properties are generated one after another, so the last row's badge is kept for the next).
     */
    public static <T> void cards(Grid<T> grid, String header, ValueProvider<T, String> title, ValueProvider<T, String> meta,
            ValueProvider<T, ? extends Span> badge) {
        ValueProvider<T, Span> once = new ValueProvider<>() {
            private @Nullable T row;
            private @Nullable Span built;

            @Override
            public Span apply(T item) {
                if (item != row || built == null) {
                    row = item;
                    built = badge.apply(item);
                }
                return built;
            }
        };
        cards(grid, header, title, meta, r -> once.apply(r).getText(), r -> String.join(" ", once.apply(r).getClassNames()));
    }

    /**
     * A card column that replaces the grid's other columns on a phone. On a desk the card column is
     * hidden; on a phone it is the only one, and its text wraps.
     */
    public static <T> void cards(Grid<T> grid, Grid.Column<T> card) {
        card.setVisible(false);
        whenPhone(grid, () -> {
            grid.getColumns().forEach(c -> c.setVisible(c == card));
            card.setFlexGrow(1);
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
            grid.addClassName("phone-cards");
        });
    }
}
