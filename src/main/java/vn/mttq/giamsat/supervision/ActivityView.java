package vn.mttq.giamsat.supervision;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.audit.ActorNames;
import vn.mttq.giamsat.audit.HistoryGrid;
import vn.mttq.giamsat.base.errors.RecordRoutes;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.ui.StepDialog;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.EditForms;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.plans.PlanTask;
import vn.mttq.giamsat.plans.TaskService;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * One supervision activity: its information, subjects, delegation, sessions, findings,
 * recommendations, files and history, with only the steps its state and the person's role allow.
 * A member organisation sitting in the delegation sees the activity, its subjects, delegation and
 * sessions; findings, recommendations, files and history stay with the Front's staff.
 */
@Route("giam-sat/:id(\\d+)")
@PermitAll
class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Breadcrumbs breadcrumbs = new Breadcrumbs();
    final H2 title = new H2();
    final HorizontalLayout actions = new HorizontalLayout();
    final TextField name = FieldLimits.limit(new TextField(), Activity.TITLE_MAX);
    final Select<String> form = new Select<>();
    final PortalDatePicker from;
    final PortalDatePicker to;
    final TextArea legalBasis = FieldLimits.limit(new TextArea(), Activity.TEXT_MAX);
    final MultiSelectComboBox<ContentPoint> points = new MultiSelectComboBox<>();
    final TextArea contentOther = FieldLimits.limit(new TextArea(), Activity.TEXT_MAX);
    final TextField addressee = FieldLimits.limit(new TextField(), Activity.ADDRESSEE_MAX);
    final ComboBox<Long> task = new ComboBox<>();
    final TabSheet tabs = new TabSheet();
    private final ActivityService activities;
    private final ActorNames actors;
    private final RecommendationService recommendations;
    private final SupervisionDocuments documents;
    private final AttachmentService attachments;
    private final WorkingCalendar calendar;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final List<LinkedRecords> linkedRecords;
    private final Map<String, String> forms = new LinkedHashMap<>();
    private final Map<ContentPoint, String> pointLabels = new LinkedHashMap<>();
    private final Map<Long, String> taskLabels = new LinkedHashMap<>();
    private Activity activity;
    /** The tabs by a stable name, for links that open one ("?tab=recommendations"). */
    private final Map<String, Tab> tabKeys = new HashMap<>();
    private @Nullable String wantedTab;

    /** Tabs whose content is not built yet: a visit mostly reads the first tab, and each other tab runs its queries when opened. */
    private final Map<Tab, Runnable> unbuilt = new HashMap<>();

    private final RecordRoutes recordRoutes;

    ActivityView(RecordRoutes recordRoutes, ActivityService activities, RecommendationService recommendations, SupervisionDocuments documents,
                 AttachmentService attachments, CatalogueService catalogues, WorkingCalendar calendar, TaskService tasks,
                 CurrentUser currentUser, List<LinkedRecords> linkedRecords, ActorNames actors) {
        this.recordRoutes = recordRoutes;
        this.actors = actors;
        this.linkedRecords = linkedRecords;
        this.activities = activities;
        this.recommendations = recommendations;
        this.documents = documents;
        this.attachments = attachments;
        this.calendar = calendar;
        this.tasks = tasks;
        this.currentUser = currentUser;
        addClassName("page");
        setSizeFull();
        catalogues.active(Catalogue.SUPERVISION_FORM).forEach(e -> forms.put(e.getCode(), e.getTitle()));
        for (Catalogue c : List.of(Catalogue.MANIFESTATION, Catalogue.PROHIBITION, Catalogue.PUBLIC_ETHICS)) {
            for (CatalogueEntry e : catalogues.active(c)) {
                pointLabels.put(new ContentPoint(c.name(), e.getCode()), label(c, e));
            }
        }
        from = new PortalDatePicker(getTranslation("supervision.from"));
        to = new PortalDatePicker(getTranslation("supervision.to"));
        name.setLabel(getTranslation("supervision.title"));
        name.setWidthFull();
        form.setLabel(getTranslation("supervision.form"));
        form.setItems(forms.keySet());
        form.setItemLabelGenerator(c -> forms.getOrDefault(c, c));
        legalBasis.setLabel(getTranslation("supervision.legal-basis"));
        legalBasis.setPlaceholder(getTranslation("supervision.print.default-basis"));
        points.setLabel(getTranslation("supervision.points"));
        points.setHelperText(getTranslation("supervision.points.help"));
        points.setItems(pointLabels.keySet());
        points.setItemLabelGenerator(p -> pointLabels.getOrDefault(p, p.getCode()));
        contentOther.setLabel(getTranslation("supervision.content-other"));
        addressee.setLabel(getTranslation("supervision.addressee"));
        addressee.setId("activity-addressee");
        addressee.setPlaceholder(getTranslation("supervision.addressee.placeholder"));
        task.setLabel(getTranslation("supervision.task"));
        task.setClearButtonVisible(true);
        task.setItemLabelGenerator(id -> taskLabels.getOrDefault(id, "#" + id));
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> build(e.getSelectedTab()));
    }

    private void lazyTab(String key, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(label, holder);
        tabKeys.put(key, tab);
        unbuilt.put(tab, () -> holder.add(content.get()));
    }

    private void build(Tab tab) {
        Runnable content = tab == null ? null : unbuilt.remove(tab);
        if (content != null) {
            content.run();
        }
    }

    private String label(Catalogue c, CatalogueEntry e) {
        return getTranslation("supervision.point." + c.name()) + " " + e.getCode() + " – " + e.getTitle();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // "?tab=sessions": a home item opens the exact tab it names (issue 22)
        wantedTab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
        recordRoutes.open(event, "giam-sat", activities::get).ifPresent(found -> {
            activity = found;
            show();
        });
    }

    static RouteParameters of(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    void show() {
        removeAll();
        boolean editor = activities.mayEdit(activity);
        boolean front = activities.readsFindings(activity);
        boolean open = editor && activity.getStatus() != ActivityStatus.CLOSED && activity.getStatus() != ActivityStatus.CANCELLED;
        breadcrumbs.show(List.of(new Breadcrumbs.Step(getTranslation("menu.supervision"),
                () -> getUI().ifPresent(ui -> ui.navigate(ActivitiesView.class))), new Breadcrumbs.Step(activity.getTitle(), () -> { })));
        title.setText(activity.getTitle());
        title.addClassName("page-title");
        HorizontalLayout heading = new HorizontalLayout(title, Badges.of(this, activity.getStatus()));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation("supervision.meta", activities.unitName(activity.getUnitId()),
                forms.getOrDefault(activity.getFormCode(), activity.getFormCode()), PortalFormats.date(activity.getPeriodFrom()),
                PortalFormats.date(activity.getPeriodTo())));
        meta.addClassName("page-intro");
        actions.removeAll();
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (editor) {
            stepButtons();
        }
        if (front) {
            actions.add(print(SupervisionDocuments.Kind.REPORT, ReportFormat.PDF), print(SupervisionDocuments.Kind.REPORT, ReportFormat.DOCX));
            if (!recommendations.ofActivity(activity.getId()).isEmpty()) {
                actions.add(print(SupervisionDocuments.Kind.LETTER, ReportFormat.PDF), print(SupervisionDocuments.Kind.LETTER, ReportFormat.DOCX));
            }
        }
        int selected = tabs.getSelectedIndex();
        unbuilt.clear();
        tabKeys.clear();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("supervision.tab.info"), infoTab(open));
        lazyTab("subjects", getTranslation("supervision.tab.subjects"), () -> new SubjectsTab(activities, activity,
                editor && activity.getStatus().isOpenForWork()));
        lazyTab("delegation", getTranslation("supervision.tab.delegation"), () -> new DelegationTab(activities, activity,
                editor && activity.getStatus().isOpenForWork()));
        lazyTab("sessions", getTranslation("supervision.tab.sessions"), () -> new SessionsTab(activities, activity,
                editor && activity.getStatus().isOpenForWork()));
        if (front) {
            lazyTab("findings", getTranslation("supervision.tab.findings"), () -> new FindingsTab(activities, activity, pointLabels,
                    editor && activity.getStatus() == ActivityStatus.IN_PROGRESS));
            lazyTab("recommendations", getTranslation("supervision.tab.recommendations"), () -> new RecommendationsTab(activities, recommendations, calendar,
                    currentUser, activity, editor, this::reload));
            lazyTab("attachments", getTranslation("supervision.tab.attachments"), () -> new AttachmentsPanel(attachments, ActivityService.SOURCE_TYPE,
                    String.valueOf(activity.getId()), activity.getUnitId(), true, open));
            List<LinkedRecords.Linked> linked = linkedRecords.stream().flatMap(r -> r.linkedTo(activity.getId()).stream()).toList();
            if (!linked.isEmpty()) {
                lazyTab("linked", getTranslation("supervision.tab.linked", linked.size()), () -> linkedGrid(linked));
            }
            lazyTab("history", getTranslation("supervision.tab.history"), () -> new HistoryGrid(activities.history(activity.getId()), actors));
        }
        if (selected > 0 && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
        if (wantedTab != null && tabKeys.containsKey(wantedTab)) {
            tabs.setSelectedTab(tabKeys.get(wantedTab));
        }
        wantedTab = null;
        build(tabs.getSelectedTab());
        add(breadcrumbs, heading, meta, actions, tabs);
    }

    /** The people's cases that led to this activity or were attached to it; a row opens the case. */
    private Grid<LinkedRecords.Linked> linkedGrid(List<LinkedRecords.Linked> linked) {
        Grid<LinkedRecords.Linked> grid = new Grid<>();
        grid.addColumn(LinkedRecords.Linked::code).setHeader(getTranslation("feedback.code")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.kindKey())).setHeader(getTranslation("feedback.kind")).setAutoWidth(true);
        grid.addColumn(LinkedRecords.Linked::title).setHeader(getTranslation("feedback.content")).setFlexGrow(3);
        grid.addColumn(l -> getTranslation(l.stateKey())).setHeader(getTranslation("feedback.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.setItems(linked);
        grid.setAllRowsVisible(true);
        grid.setId("activity-linked");
        return grid;
    }

    private void reload() {
        activity = activities.get(activity.getId());
        show();
    }

    private VerticalLayout infoTab(boolean open) {
        name.setValue(activity.getTitle());
        form.setValue(activity.getFormCode().isEmpty() ? null : activity.getFormCode());
        from.setValue(activity.getPeriodFrom());
        to.setValue(activity.getPeriodTo());
        legalBasis.setValue(activity.getLegalBasis());
        points.setValue(new LinkedHashSet<>(activity.getContentPoints()));
        contentOther.setValue(activity.getContentOther());
        addressee.setValue(activity.getAddressee());
        taskLabels.clear();
        if (open) {
            tasks.mine(null, PageRequest.of(0, 200)).forEach(t -> taskLabels.put(t.getId(), t.getTitle()));
        }
        if (activity.getPlanTaskId() != null && tasks.isVisible(activity.getPlanTaskId())) {
            PlanTask linked = tasks.get(activity.getPlanTaskId());
            taskLabels.putIfAbsent(linked.getId(), linked.getTitle());
        }
        task.setItems(taskLabels.keySet());
        task.setValue(activity.getPlanTaskId() != null && taskLabels.containsKey(activity.getPlanTaskId()) ? activity.getPlanTaskId() : null);
        EditForms.readOnly(!open, name, legalBasis, contentOther, addressee, form, from, to, points, task);
        FormLayout layout = new FormLayout(name, form, task, from, to, legalBasis, points, contentOther, addressee);
        layout.setColspan(name, 2);
        layout.setColspan(legalBasis, 2);
        layout.setColspan(points, 2);
        layout.setColspan(contentOther, 2);
        layout.setColspan(addressee, 2);
        VerticalLayout tab = new VerticalLayout(layout);
        tab.setPadding(false);
        if (!activity.getConclusion().isBlank() && activities.readsFindings(activity)) {
            Div conclusion = new Div();
            conclusion.addClassName("supervision-conclusion");
            conclusion.add(new Paragraph(getTranslation("supervision.conclusion")), new Paragraph(activity.getConclusion()));
            tab.add(conclusion);
        }
        if (activity.getCancelReason() != null) {
            tab.add(new Paragraph(getTranslation("supervision.cancelled-because", activity.getCancelReason())));
        }
        if (open) {
            Button save = Guarded.button(getTranslation("common.save"), true, this::saveInfo);
            save.setId("activity-save");
            tab.add(save);
        }
        return tab;
    }

    private void saveInfo() {
        for (var field : List.of(name, addressee)) {
            String problem = TextPolicy.problem(field.getValue(), field.getMaxLength(), false);
            if (problem != null) {
                field.setErrorMessage(getTranslation(problem, field.getMaxLength()));
                field.setInvalid(true);
                return;
            }
        }
        if (from.getValue() == null || to.getValue() == null) {
            throw new UserFacingException("supervision.error.period");
        }
        activity.setTitle(name.getValue());
        activity.setFormCode(form.getValue());
        activity.setPeriodFrom(from.getValue());
        activity.setPeriodTo(to.getValue());
        activity.setLegalBasis(legalBasis.getValue());
        activity.setContentPoints(points.getValue());
        activity.setContentOther(contentOther.getValue());
        activity.setAddressee(addressee.getValue());
        activity.setPlanTaskId(task.getValue());
        try {
            activity = activities.save(activity);
        } catch (RuntimeException refused) {
            activity = activities.get(activity.getId()); // what is stored; the fields keep what was typed
            throw refused;
        }
        UserMessages.info(getTranslation("supervision.saved"));
        show();
    }

    private void stepButtons() {
        ActivityStatus s = activity.getStatus();
        long id = activity.getId();
        if (s == ActivityStatus.PLANNED) {
            actions.add(Guarded.button(getTranslation("supervision.action.start"), true, () -> {
                activities.start(id);
                reload();
            }));
        }
        if (s == ActivityStatus.IN_PROGRESS) {
            actions.add(Guarded.button(getTranslation("supervision.action.conclude"), true, () -> textDialog("supervision.action.conclude",
                    "supervision.conclusion", Activity.CONCLUSION_MAX, text -> activities.conclude(id, text))));
        }
        if (s == ActivityStatus.CONCLUDED) {
            actions.add(Guarded.button(getTranslation("supervision.action.send-letter"), true, () -> confirm("supervision.action.send-letter",
                    getTranslation("supervision.send-letter.text", activity.getAddressee()),
                    () -> recommendations.issueLetter(id, LocalDate.now(PortalFormats.VIETNAM)))));
        }
        if (activity.getLetterSymbol() != null && activity.getLetterReceivedOn() == null) {
            actions.add(Guarded.button(getTranslation("supervision.action.receipt"), true, this::receiptDialog));
        }
        if (activity.getReportSymbol() == null && !s.isOpenForWork() && s != ActivityStatus.CANCELLED) {
            actions.add(Guarded.button(getTranslation("supervision.action.issue-report"), false, () -> confirm("supervision.action.issue-report",
                    getTranslation("supervision.issue-report.text"), () -> activities.issueReport(id, LocalDate.now(PortalFormats.VIETNAM)))));
        }
        boolean committee = currentUser.get().map(u -> u.role() == Role.LEADER || u.role() == Role.DISTRICT_STAFF || u.role() == Role.ADMIN)
                .orElse(false);
        if (committee && s.mayBecome(ActivityStatus.CLOSED)) {
            actions.add(Guarded.button(getTranslation("supervision.action.close"), false, () -> textDialog("supervision.action.close",
                    "supervision.close.note", 1000, text -> recommendations.closeActivity(id, text))));
        }
        if (s.mayBecome(ActivityStatus.CANCELLED)) {
            actions.add(Guarded.button(getTranslation("supervision.action.cancel"), false, () -> textDialog("supervision.action.cancel",
                    "supervision.cancel.reason", 1000, text -> activities.cancel(id, text))));
        }
    }

    /** The day the party committee received the letter; a refusal (no day) keeps the dialog open. */
    private void receiptDialog() {
        PortalDatePicker day = new PortalDatePicker(getTranslation("supervision.receipt.day"));
        day.setValue(LocalDate.now(PortalFormats.VIETNAM));
        day.setHelperText(getTranslation("supervision.receipt.help"));
        StepDialog.open(getTranslation("supervision.action.receipt"), List.of(day), () -> {
            if (day.getValue() == null) {
                throw new UserFacingException("supervision.error.no-receipt");
            }
            recommendations.recordReceipt(activity.getId(), day.getValue());
            reload();
        });
    }

    private void textDialog(String titleKey, String labelKey, int max, Consumer<String> store) {
        TextArea text = FieldLimits.limit(new TextArea(getTranslation(labelKey)), max);
        text.setId("step-text");
        text.setWidthFull();
        text.setMinHeight("8rem");
        StepDialog.open(getTranslation(titleKey), List.of(text), () -> {
            store.accept(text.getValue());
            reload();
        });
    }

    private void confirm(String titleKey, String text, Runnable action) {
        Guarded.confirm(getTranslation(titleKey), text, () -> {
            action.run();
            reload();
        });
    }

    private Anchor print(SupervisionDocuments.Kind kind, ReportFormat format) {
        long id = activity.getId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.render(id, kind, format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), documents.fileName(id, kind, format), format.contentType(), bytes.length);
        }), getTranslation("supervision.print." + kind.name().toLowerCase() + "." + format.extension()));
        link.getElement().setAttribute("download", true);
        link.addClassName("print-" + kind.name().toLowerCase() + "-" + format.extension());
        return link;
    }

    @Override
    public String getPageTitle() {
        return activity == null ? getTranslation("menu.supervision") : activity.getTitle();
    }
}
