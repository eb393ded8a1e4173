package vn.mttq.giamsat.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.audit.ActorNames;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.HistoryGrid;
import vn.mttq.giamsat.base.errors.RecordRoutes;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.EditForms;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.PortalBinding;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * One plan: its sections (editable while a draft, or as a revision once published, by the
 * issuer), the recipients and who confirmed receipt, the published versions with what changed,
 * and its files. Only the actions the plan's state and the person's role allow are shown.
 */
@Route("ke-hoach/:id(\\d+)")
@PermitAll
class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Breadcrumbs breadcrumbs = new Breadcrumbs();
    final H2 title = new H2();
    final HorizontalLayout actions = new HorizontalLayout();
    final TextField planTitle = FieldLimits.limit(new TextField(), Plan.TITLE_MAX);
    /** The issuer chose to change an issued plan: its sections open for a revision. */
    private boolean revising;
    final TextArea legalBases = FieldLimits.limit(new TextArea(), Plan.LEGAL_BASES_MAX);
    final TextArea purposes = FieldLimits.limit(new TextArea(), Plan.SECTION_MAX);
    final TextArea contents = FieldLimits.limit(new TextArea(), Plan.SECTION_MAX);
    final TextArea organisation = FieldLimits.limit(new TextArea(), Plan.SECTION_MAX);
    final Grid<PlanService.Receipt> receipts = new Grid<>();
    final MultiSelectComboBox<Long> recipientChoice = new MultiSelectComboBox<>();
    final Grid<PlanVersion> versions = new Grid<>();
    final Grid<PlanDiff.Line> diff = new Grid<>();
    private final PlanService plans;
    private final ActorNames actors;
    private final AttachmentService attachments;
    private final PlanDocument document;
    private final TaskService tasks;
    private final Cascade cascade;
    final MultiSelectComboBox<String> catalogueBases = new MultiSelectComboBox<>();
    final TreeGrid<Cascade.Node> tree = new TreeGrid<>();
    final Grid<PlanTask> taskGrid = new Grid<>();
    final Button addTask = new Button();
    private final Binder<Plan> binder = new Binder<>(Plan.class);
    private Plan plan;

    private final RecordRoutes recordRoutes;

    PlanView(RecordRoutes recordRoutes, PlanService plans, AttachmentService attachments, PlanDocument document, TaskService tasks, Cascade cascade,
             CatalogueService catalogues, ActorNames actors) {
        this.recordRoutes = recordRoutes;
        this.actors = actors;
        this.cascade = cascade;
        catalogueBases.setLabel(getTranslation("plan.legal-bases.catalogue"));
        catalogueBases.setItems(catalogues.active(Catalogue.LEGAL_BASIS).stream()
                .map(CatalogueEntry::getTitle).toList());
        catalogueBases.setWidthFull();
        catalogueBases.addValueChangeListener(e -> {
            // the chosen bases are added to the text once each; the person words the rest freely
            StringBuilder text = new StringBuilder(legalBases.getValue());
            for (String basis : e.getValue()) {
                if (!text.toString().contains(basis)) {
                    text.append(text.isEmpty() ? "" : "\n").append(basis).append(';');
                }
            }
            legalBases.setValue(text.toString());
        });
        this.document = document;
        this.tasks = tasks;
        TasksView.taskColumns(taskGrid, plans, new HashMap<>(), false);
        taskGrid.addColumn(t -> cascade.progress(t.getId()) + "%").setHeader(getTranslation("task.rolled")).setAutoWidth(true);
        tree.addHierarchyColumn(Cascade.Node::unitName).setHeader(getTranslation("plan.cascade.unit")).setFlexGrow(2);
        tree.addColumn(n -> n.plan().getNumberSymbol() == null ? getTranslation("plan.draft-number") : n.plan().getNumberSymbol())
                .setHeader(getTranslation("plan.number")).setAutoWidth(true);
        tree.addColumn(n -> n.progress() + "%").setHeader(getTranslation("plan.cascade.progress")).setAutoWidth(true);
        tree.addColumn(n -> n.done() + "/" + n.tasks()).setHeader(getTranslation("plan.cascade.tasks")).setAutoWidth(true);
        tree.setAllRowsVisible(true);
        tree.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlanView.class, of(e.getItem().plan().getId()))));
        taskGrid.setAllRowsVisible(true);
        taskGrid.setEmptyStateComponent(new EmptyState(VaadinIcon.TASKS, getTranslation("task.plan-empty.title"),
                getTranslation("task.plan-empty.text")));
        taskGrid.addItemClickListener(e -> new TaskDialog(tasks, plans, attachments, tasks.get(e.getItem().getId()),
                () -> taskGrid.setItems(tasks.ofPlan(plan.getId()))).open());
        addTask.setText(getTranslation("task.add"));
        addTask.addClickListener(e -> new TaskForm(tasks, plans, plan, () -> taskGrid.setItems(tasks.ofPlan(plan.getId()))).open());
        this.plans = plans;
        this.attachments = attachments;
        addClassName("page");
        setSizeFull();
        planTitle.setLabel(getTranslation("plan.title"));
        legalBases.setLabel(getTranslation("plan.legal-bases"));
        purposes.setLabel(getTranslation("plan.section.purposes"));
        contents.setLabel(getTranslation("plan.section.contents"));
        contents.setHelperText(getTranslation("plan.section.contents.help"));
        organisation.setLabel(getTranslation("plan.section.organisation"));
        for (var field : List.of(planTitle, legalBases, purposes, contents, organisation)) {
            field.setWidthFull();
        }
        PortalBinding.text(binder.forField(planTitle).asRequired(getTranslation("validation.required")), Plan.TITLE_MAX, false)
                .bind(Plan::getTitle, Plan::setTitle);
        PortalBinding.text(binder.forField(legalBases), Plan.LEGAL_BASES_MAX, true).bind(Plan::getLegalBases, Plan::setLegalBases);
        PortalBinding.text(binder.forField(purposes), Plan.SECTION_MAX, true).bind(Plan::getPurposes, Plan::setPurposes);
        PortalBinding.text(binder.forField(contents), Plan.SECTION_MAX, true).bind(Plan::getContents, Plan::setContents);
        PortalBinding.text(binder.forField(organisation), Plan.SECTION_MAX, true).bind(Plan::getOrganisation, Plan::setOrganisation);

        receipts.addColumn(r -> plans.unitShortName(r.unitId())).setTooltipGenerator(PlanService.Receipt::unitName).setHeader(getTranslation("plan.recipient")).setFlexGrow(3);
        receipts.addComponentColumn(r -> {
            Span s = new Span(r.confirmedAt() == null ? getTranslation("plan.receipt.waiting")
                    : getTranslation("plan.receipt.confirmed", PortalFormats.dateTime(r.confirmedAt())));
            s.addClassNames("state-badge", r.confirmedAt() == null ? "state-waiting" : "state-done");
            return s;
        }).setHeader(getTranslation("plan.receipt")).setAutoWidth(true);
        receipts.setAllRowsVisible(true);
        receipts.setEmptyStateComponent(new EmptyState(VaadinIcon.USERS, getTranslation("plan.recipients.empty.title"),
                getTranslation("plan.recipients.empty.text")));
        recipientChoice.setLabel(getTranslation("plan.recipients.choose"));
        recipientChoice.setWidthFull();

        versions.addColumn(v -> getTranslation("plan.version.label", v.getVersionNo())).setHeader(getTranslation("plan.version"))
                .setAutoWidth(true);
        versions.addColumn(v -> PortalFormats.dateTime(v.getPublishedAt())).setHeader(getTranslation("plan.version.at")).setAutoWidth(true);
        versions.addColumn(PlanVersion::getPublishedBy).setHeader(getTranslation("plan.version.by")).setAutoWidth(true);
        versions.addColumn(v -> v.getChangeNote() == null ? getTranslation("plan.version.first") : v.getChangeNote())
                .setHeader(getTranslation("plan.version.note")).setFlexGrow(3);
        versions.setAllRowsVisible(true);
        versions.addItemClickListener(e -> showDiff(e.getItem()));
        diff.addColumn(l -> getTranslation(l.sectionKey())).setHeader(getTranslation("plan.diff.section")).setAutoWidth(true);
        diff.addColumn(PlanDiff.Line::before).setHeader(getTranslation("plan.diff.before")).setFlexGrow(2);
        diff.addColumn(PlanDiff.Line::after).setHeader(getTranslation("plan.diff.after")).setFlexGrow(2);
        diff.setPartNameGenerator(l -> "diff-" + l.change().name().toLowerCase());
        diff.setAllRowsVisible(true);
        diff.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        recordRoutes.open(event, "ke-hoach", plans::get).ifPresent(found -> {
            plan = found;
            show();
        });
    }

    static RouteParameters of(long planId) {
        return new RouteParameters("id", String.valueOf(planId));
    }

    private void show() {
        removeAll();
        binder.readBean(plan);
        boolean issuer = plans.mayEdit(plan);
        // an issued plan reads as a document; changing it is a deliberate step ("Sửa đổi kế hoạch") ending in a revision
        revising &= issuer && plan.getStatus() == PlanStatus.PUBLISHED;
        boolean editable = issuer && (plan.getStatus() == PlanStatus.DRAFT || revising);
        EditForms.readOnly(!editable, planTitle, legalBases, purposes, contents, organisation);
        planTitle.setVisible(editable); // read, the title stands whole in the heading
        for (var section : List.of(legalBases, purposes, contents, organisation)) {
            section.getElement().getThemeList().set("plan-document", !editable);
        }
        breadcrumbs.show(List.of(new Breadcrumbs.Step(getTranslation("menu.plans"), () -> getUI().ifPresent(ui -> ui.navigate(PlansView.class))),
                new Breadcrumbs.Step(plan.getNumberSymbol() == null ? getTranslation("plan.draft-number") : plan.getNumberSymbol(), () -> { })));
        title.setText(plan.getTitle());
        title.addClassName("page-title");
        HorizontalLayout heading = new HorizontalLayout(title, PlansView.badge(plan));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.removeAll();
        actions.setWrap(true);
        if (issuer && plan.getStatus() == PlanStatus.DRAFT) {
            actions.add(button("plan.action.save", false, this::saveDraft), button("plan.action.publish", true, this::confirmPublish));
        }
        if (issuer && plan.getStatus() == PlanStatus.PUBLISHED && revising) {
            actions.add(button("plan.action.revise", true, this::revise), button("plan.action.stop-revising", false, () -> {
                revising = false;
                plan = plans.get(plan.getId());
                show();
            }));
        } else if (issuer && plan.getStatus() == PlanStatus.PUBLISHED) {
            actions.add(button("plan.action.start-revising", false, () -> {
                revising = true;
                show();
            }), button("plan.action.urge", false, this::urge), button("plan.action.close", false, this::confirmClose));
        }
        if (plans.awaitsMyConfirmation(plan)) {
            actions.add(button("plan.action.confirm", true, this::confirmReceipt));
        }
        if (plans.mayDerive(plan)) {
            actions.add(button("plan.action.derive", false, () -> {
                Plan derived = cascade.derive(plan.getId());
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, of(derived.getId())));
            }));
        }
        actions.add(printLink(ReportFormat.PDF, "plan.action.print-pdf"), printLink(ReportFormat.DOCX, "plan.action.print-docx"));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation("plan.meta", plans.unitName(plan.getIssuingUnitId()),
                plan.getIssuedOn() == null ? getTranslation("plan.not-issued") : PortalFormats.date(plan.getIssuedOn()),
                plan.getVersionNo()));
        meta.addClassName("page-intro");

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        catalogueBases.setVisible(editable);
        VerticalLayout info = new VerticalLayout(planTitle, catalogueBases, legalBases, purposes, contents, organisation);
        info.setPadding(false);
        tabs.add(getTranslation("plan.tab.info"), info);
        tabs.add(getTranslation("plan.tab.tasks"), tasksTab(issuer));
        tabs.add(getTranslation("plan.tab.recipients"), recipientsTab(issuer));
        tabs.add(getTranslation("plan.tab.versions"), versionsTab());
        tabs.add(getTranslation("plan.tab.cascade"), cascadeTab());
        tabs.add(getTranslation("plan.tab.history"), historyTab());
        tabs.add(getTranslation("plan.tab.attachments"), new AttachmentsPanel(attachments, PlanService.SOURCE_TYPE,
                String.valueOf(plan.getId()), plan.getIssuingUnitId(), true, issuer));
        add(breadcrumbs, heading, meta, actions, tabs);
    }

    private VerticalLayout recipientsTab(boolean issuer) {
        receipts.setItems(plans.receipts(plan.getId()));
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (issuer && plan.getStatus() == PlanStatus.DRAFT) {
            List<Long> offered = plans.usualRecipients(plan.getIssuingUnitId());
            recipientChoice.setItems(offered);
            recipientChoice.setItemLabelGenerator(plans::unitShortName);
            recipientChoice.setValue(plans.receipts(plan.getId()).stream().map(PlanService.Receipt::unitId)
                    .filter(offered::contains).collect(Collectors.toSet()));
            Button save = button("plan.recipients.save", false, () -> {
                plans.setRecipients(plan.getId(), List.copyOf(recipientChoice.getValue()));
                receipts.setItems(plans.receipts(plan.getId()));
                UserMessages.info(getTranslation("plan.recipients.saved"));
            });
            HorizontalLayout pick = new HorizontalLayout(recipientChoice, save);
            pick.setWidthFull();
            pick.setAlignItems(FlexComponent.Alignment.BASELINE);
            pick.setFlexGrow(1, recipientChoice);
            tab.add(pick);
        }
        tab.add(receipts);
        return tab;
    }

    private VerticalLayout tasksTab(boolean issuer) {
        taskGrid.setItems(tasks.ofPlan(plan.getId()));
        addTask.setVisible(issuer && plan.getStatus() != PlanStatus.CLOSED);
        VerticalLayout tab = new VerticalLayout(addTask, taskGrid);
        tab.setPadding(false);
        return tab;
    }

    private Grid<AuditEntry> historyTab() {
        var history = new HistoryGrid(plans.history(plan.getId(), tasks.ofPlan(plan.getId()).stream()
                .map(PlanTask::getId).toList()), actors);
        history.addClassName("plan-history");
        return history;
    }

    private VerticalLayout cascadeTab() {
        Cascade.Node root = cascade.tree(plan.getId());
        tree.setItems(List.of(root), Cascade.Node::children);
        tree.expandRecursively(List.of(root), 5);
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("plan.cascade.help")), tree);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout versionsTab() {
        List<PlanVersion> all = plans.versions(plan.getId());
        versions.setItems(all);
        versions.setEmptyStateComponent(new EmptyState(VaadinIcon.FILE_TREE, getTranslation("plan.versions.empty.title"),
                getTranslation("plan.versions.empty.text")));
        diff.setVisible(false);
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("plan.versions.help")), versions, diff);
        tab.setPadding(false);
        return tab;
    }

    /** The difference between a version and the one before it, side by side. */
    void showDiff(PlanVersion version) {
        if (version.getVersionNo() < 2) {
            diff.setVisible(false);
            return;
        }
        diff.setItems(plans.difference(plan.getId(), version.getVersionNo() - 1, version.getVersionNo()));
        diff.setVisible(true);
    }

    private Anchor printLink(ReportFormat format, String key) {
        long id = plan.getId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = document.render(id, format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName(id, format), format.contentType(), bytes.length);
        }), getTranslation(key));
        link.getElement().setAttribute("download", true);
        link.addClassName("print-" + format.extension());
        return link;
    }

    private Button button(String key, boolean primary, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        if (primary) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return b;
    }

    private boolean write() {
        try {
            binder.writeBean(plan);
            return true;
        } catch (ValidationException invalid) {
            return false; // the fields show why
        }
    }

    private void saveDraft() {
        if (write()) {
            plan = plans.saveDraft(plan);
            UserMessages.info(getTranslation("plan.saved"));
            show();
        }
    }

    private void confirmPublish() {
        if (!write()) {
            return;
        }
        plan = plans.saveDraft(plan);
        Guarded.confirm(getTranslation("plan.publish.title"), getTranslation("plan.publish.text", plans.receipts(plan.getId()).size()),
                getTranslation("plan.action.publish"), () -> {
                    plan = plans.publish(plan.getId(), LocalDate.now(PortalFormats.VIETNAM));
                    UserMessages.info(getTranslation("plan.published", plan.getNumberSymbol()));
                    show();
                });
    }

    private void revise() {
        if (!write()) {
            return;
        }
        TextArea note = FieldLimits.limit(new TextArea(getTranslation("plan.revise.note")), 1000);
        note.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plan.revise.title"));
        dialog.add(new Div(new Paragraph(getTranslation("plan.revise.text")), note));
        dialog.setConfirmText(getTranslation("plan.action.revise"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(e -> {
            try {
                plan = plans.revise(plan, note.getValue());
                revising = false;
                UserMessages.info(getTranslation("plan.revised", plan.getVersionNo()));
                show();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
                plan = plans.get(plan.getId());
            }
        });
        dialog.open();
    }

    private void confirmClose() {
        Guarded.confirm(getTranslation("plan.close.title"), getTranslation("plan.close.text"), getTranslation("plan.action.close"), () -> {
            plan = plans.close(plan.getId());
            show();
        });
    }

    private void urge() {
        int units = plans.urgeUnconfirmed(plan.getId());
        UserMessages.info(getTranslation("plan.urged", units));
    }

    private void confirmReceipt() {
        plans.confirmReceipt(plan.getId());
        UserMessages.info(getTranslation("plan.receipt.done"));
        show();
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("menu.plans") : plan.getTitle();
    }

    Set<Long> chosenRecipients() {
        return recipientChoice.getValue();
    }
}
