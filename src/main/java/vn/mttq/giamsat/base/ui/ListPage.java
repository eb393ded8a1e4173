package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** The value of a filter choice that stands for "Tất cả" (no narrowing). */
    public static final String ALL = "";

    /** A filter choice of "Tất cả" and the given values, each in its words; it starts at "Tất cả". */
    public static void allOr(Select<String> select, String label, Collection<String> values, Function<String, String> words) {
        List<String> items = new ArrayList<>(List.of(ALL));
        items.addAll(values);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v.isEmpty() ? select.getTranslation("plan.filter.all") : words.apply(v));
        select.setValue(ALL);
    }

    /** A filter choice of "Tất cả" and an enum's constants, each named by the translation {@code prefix.NAME}. */
    public static <E extends Enum<E>> void allOr(Select<String> select, String label, Class<E> type, String prefix) {
        allOr(select, label, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), v -> select.getTranslation(prefix + "." + v));
    }

    /** Longest search text a list takes (a search, not a document). */
    public static final int SEARCH_MAX = 100;

    /** The list's search box: "Tìm kiếm", what it searches in as the prompt, searched as the person pauses typing. */
    public static void search(TextField search, String prompt) {
        search.setLabel(search.getTranslation("plan.filter.search"));
        search.setPlaceholder(prompt);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        FieldLimits.limit(search, SEARCH_MAX);
    }

    /** A filter choice of units by name, empty for "Tất cả". */
    public static void unitChoice(ComboBox<Long> unit, String label, Map<Long, String> names) {
        unit.setLabel(label);
        unit.setItems(names.keySet());
        unit.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        unit.setPlaceholder(unit.getTranslation("plan.filter.all"));
        unit.setClearButtonVisible(true);
    }

    /** The list's one primary action (add a record). */
    public static void add(Button add, String text) {
        add.setText(text);
        add.addThemeVariants(ButtonVariant.PRIMARY);
    }
}
