package vn.mttq.giamsat.outreach;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Good practices: the province-wide list of recognised ones that every unit reads and learns
 * from, and those of the person's scope with their state; a unit proposes its own, the level
 * above recognises (possibly proposing a commendation) or says why not.
 */
@Route("mo-hinh")
@Menu(order = 420, title = "menu.practices", icon = "vaadin:star-o")
@PermitAll
class PracticesView extends VerticalLayout implements HasDynamicTitle {

    final Tabs which = new Tabs();
    final Tab recognised = new Tab();
    final Tab mine = new Tab();
    final Select<String> status = new Select<>();
    final TextField search = new TextField();
    final Grid<GoodPractice> grid = new Grid<>();
    final Span count = new Span();
    final Button add = new Button();
    private final PracticeService practices;
    private final RecipientDirectory directory;
    private final Map<Long, String> unitNames = new HashMap<>();
    private final Map<Long, String> units = new LinkedHashMap<>();

    private final AttachmentService attachments;

    PracticesView(PracticeService practices, RecipientDirectory directory, OutreachScope scope,
                  AttachmentService attachments, OutreachExport export) {
        this.practices = practices;
        this.attachments = attachments;
        this.directory = directory;
        addClassName("page");
        setSizeFull();
        units.putAll(scope.unitChoices());
        recognised.setLabel(getTranslation("outreach.practice.province-wide"));
        mine.setLabel(getTranslation("outreach.practice.my-scope"));
        which.add(recognised, mine);
        ListPage.allOr(status, getTranslation("outreach.state"), PracticeStatus.class, "outreach.practice.status");
        ListPage.search(search, getTranslation("outreach.filter.search.placeholder"));
        ListPage.add(add, getTranslation("outreach.practice.add"));
        add.setId("practice-add");
        add.addClickListener(e -> propose());
        var filters = ListPage.filters(search, status, search);
        count.addClassName("result-count");
        var xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "mo-hinh.xlsx",
                () -> export.practices(which.getSelectedTab() == recognised,
                        status.getValue().isEmpty() ? null : PracticeStatus.valueOf(status.getValue()), // as the list reads them
                        search.getValue()));
        HorizontalLayout top = ListPage.top(count, xlsx, add);
        grid.addColumn(GoodPractice::getTitle).setHeader(getTranslation("outreach.title")).setFlexGrow(3).setWidth("18rem");
        grid.addColumn(g -> unitNames.computeIfAbsent(g.getUnitId(), directory::unitShortName)).setHeader(getTranslation("outreach.unit"))
                .setFlexGrow(2).setWidth("12rem");
        grid.addColumn(g -> PortalFormats.date(g.getSinceOn())).setHeader(getTranslation("outreach.practice.since")).setAutoWidth(true);
        grid.addComponentColumn(g -> OutreachBadges.of(this, g.getStatus())).setHeader(getTranslation("outreach.state")).setAutoWidth(true);
        grid.addColumn(g -> g.isCommendationProposed() ? getTranslation("outreach.practice.commendation") : "")
                .setHeader(getTranslation("outreach.practice.commendation.short")).setAutoWidth(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.STAR_O, getTranslation("outreach.practice.empty.title"),
                getTranslation("outreach.practice.empty.text")));
        grid.addItemClickListener(e -> open(e.getItem()));
        NarrowScreens.cards(grid, getTranslation("menu.practices"), GoodPractice::getTitle,
                g -> unitNames.computeIfAbsent(g.getUnitId(), directory::unitShortName)
                        + (g.getSinceOn() == null ? "" : " · " + PortalFormats.date(g.getSinceOn())),
                g -> getTranslation("outreach.practice.status." + g.getStatus().name()), g -> g.getStatus().badgeClass());
        grid.setSizeFull();
        which.addSelectedChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        add(which, filters, top, grid);
        refresh();
    }

    private void refresh() {
        boolean provinceWide = which.getSelectedTab() == recognised;
        status.setVisible(!provinceWide);
        PracticeStatus s = status.getValue().isEmpty() ? null : PracticeStatus.valueOf(status.getValue());
        String text = search.getValue();
        count.setText(getTranslation("outreach.practice.count",
                PortalFormats.number(practices.list(provinceWide, s, text, PageRequest.of(0, 1)).getTotalElements())));
        grid.setItems(q -> practices.list(provinceWide, s, text, toSpringPageRequest(q)).stream());
    }

    /** A practice read in full; those who decide on it do so here. */
    private void open(GoodPractice g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(g.getTitle());
        dialog.setWidth("44rem");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(directory.unitName(g.getUnitId()) + " · " + getTranslation("outreach.practice.since") + " "
                + PortalFormats.date(g.getSinceOn())), new Paragraph(g.getDescription()));
        if (!g.getResults().isBlank()) {
            body.add(new Paragraph(getTranslation("outreach.practice.results") + ": " + g.getResults()));
        }
        if (g.getDecisionNote() != null) {
            body.add(new Paragraph(getTranslation("outreach.practice.note") + ": " + g.getDecisionNote()));
        }
        // evidence: files the proposing unit adds while the practice awaits its decision, read by everyone who reads the practice
        body.add(new AttachmentsPanel(attachments, PracticeService.SOURCE_TYPE, String.valueOf(g.getId()),
                g.getUnitId(), false, practices.mayAddEvidence(g)));
        dialog.add(body);
        Button close = new Button(getTranslation("common.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        if (practices.mayDecide(g)) {
            Checkbox commendation = new Checkbox(getTranslation("outreach.practice.commendation"));
            TextArea note = FieldLimits.limit(new TextArea(getTranslation("outreach.practice.note")), 1000);
            note.setWidthFull();
            body.add(commendation, note);
            Button no = Guarded.button(getTranslation("outreach.practice.not-recognise"), false, () -> {
                practices.decide(g.getId(), g.getVersion(), false, false, note.getValue());
                dialog.close();
                refresh();
            });
            Button yes = Guarded.button(getTranslation("outreach.practice.recognise"), true, () -> {
                practices.decide(g.getId(), g.getVersion(), true, commendation.getValue(), note.getValue());
                dialog.close();
                refresh();
            });
            yes.setId("practice-recognise");
            dialog.getFooter().add(no, yes);
        }
        dialog.open();
    }

    private void propose() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outreach.practice.add"));
        TextField title = FieldLimits.limit(new TextField(getTranslation("outreach.title")), 300);
        title.setId("practice-title");
        ComboBox<Long> owner = new ComboBox<>(getTranslation("outreach.unit"));
        owner.setItems(units.keySet());
        owner.setItemLabelGenerator(id -> units.getOrDefault(id, ""));
        owner.setValue(practices.defaultUnit());
        PortalDatePicker since = new PortalDatePicker(getTranslation("outreach.practice.since"));
        since.setValue(LocalDate.now(PortalFormats.VIETNAM).minusMonths(6));
        since.setMax(LocalDate.now(PortalFormats.VIETNAM));
        TextArea description = FieldLimits.limit(new TextArea(getTranslation("outreach.practice.description")), TrainingSession.TEXT_MAX);
        description.setId("practice-description");
        TextArea results = FieldLimits.limit(new TextArea(getTranslation("outreach.practice.results")), TrainingSession.TEXT_MAX);
        FormLayout layout = new FormLayout(title, owner, since, description, results);
        layout.setColspan(title, 2);
        layout.setColspan(description, 2);
        layout.setColspan(results, 2);
        dialog.add(layout);
        dialog.setWidth("44rem");
        Button save = Guarded.button(getTranslation("outreach.practice.propose"), true, () -> {
            if (owner.getValue() == null || since.getValue() == null) {
                throw new UserFacingException("validation.required");
            }
            GoodPractice proposed = practices.propose(owner.getValue(), title.getValue(), description.getValue(), since.getValue(),
                    results.getValue());
            dialog.close();
            which.setSelectedTab(mine);
            refresh();
            open(proposed); // its evidence can be added now
        });
        save.setId("practice-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.practices");
    }
}
