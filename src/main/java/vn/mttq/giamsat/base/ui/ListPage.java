package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The parts every list page shares (issue 24), so that the usability rules are decided once: the
 * filter fields in one row that wraps, folded into "Lọc" on a phone ({@link NarrowScreens}); the
 * line above the list with its count ({@link ResultCount}) taking the free width and the list's
 * actions at the right (XLSX through {@link SpreadsheetDownload}, the primary "add" last). Cards on
 * a phone come from {@link NarrowScreens#cards}, row actions from {@link RowActions}.
 */
public final class ListPage {

    private ListPage() {
    }

    /** The filters in a row that wraps; {@code grows} (the search box, one of the fields) takes the free width. */
    public static Details filters(Component grows, Component... fields) {
        HorizontalLayout bar = new HorizontalLayout(fields);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setFlexGrow(1, grows);
        return NarrowScreens.filters(bar);
    }

    /** The line above the list: how many it holds, then its actions (download, import, add). */
    public static HorizontalLayout top(Component count, Component... actions) {
        HorizontalLayout top = new HorizontalLayout(count);
        top.add(actions);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setFlexGrow(1, count);
        top.addClassName("list-top");
        return top;
    }
}
