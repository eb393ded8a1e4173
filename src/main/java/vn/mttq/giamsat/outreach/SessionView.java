package vn.mttq.giamsat.outreach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.audit.ActorNames;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.HistoryGrid;
import vn.mttq.giamsat.base.errors.RecordRoutes;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.StepDialog;
import vn.mttq.giamsat.base.ui.BoundedUpload;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.PortalUpload;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.plans.TaskService;

/**
 * One session: what it is and conveys, who co-organises it, its attendance by audience and what it
 * produced (a review: strengths, limitations, causes, recommendations), its materials and photos,
 * and its history; the steps its state allows.
 */
@Route("tap-huan/:id(\\d+)")
@PermitAll
class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final HorizontalLayout actions = new HorizontalLayout();
    final TabSheet tabs = new TabSheet();
    private final SessionService sessions;
    private final ActorNames actors;
    private final AttachmentService attachments;
    private final RecipientDirectory directory;
    private final TaskService tasks;
    private final AttendeeImport attendeeImport;
    private final Map<String, String> documents = new LinkedHashMap<>();
    private TrainingSession session;

    private final RecordRoutes recordRoutes;

    SessionView(RecordRoutes recordRoutes, SessionService sessions, AttachmentService attachments, RecipientDirectory directory, TaskService tasks,
                CatalogueService catalogues, AttendeeImport attendeeImport, ActorNames actors) {
        this.recordRoutes = recordRoutes;
        this.actors = actors;
        this.attendeeImport = attendeeImport;
        this.sessions = sessions;
        this.attachments = attachments;
        this.directory = directory;
        this.tasks = tasks;
        addClassName("page");
        setSizeFull();
        catalogues.active(Catalogue.LEGAL_BASIS).forEach(e -> documents.put(e.getCode(), e.getTitle()));
        tabs.setWidthFull();
    }

    static RouteParameters of(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        recordRoutes.open(event, "tap-huan", sessions::get).ifPresent(found -> {
            session = found;
            show();
        });
    }

    private void reload() {
        session = sessions.get(session.getId());
        show();
    }

    private void show() {
        removeAll();
        Breadcrumbs crumbs = new Breadcrumbs();
        crumbs.show(List.of(new Breadcrumbs.Step(getTranslation("menu.trainings"), () -> getUI().ifPresent(ui -> ui.navigate(SessionsView.class))),
                new Breadcrumbs.Step(session.getTitle(), () -> { })));
        title.setText(session.getTitle());
        title.addClassName("page-title");
        HorizontalLayout heading = new HorizontalLayout(title, OutreachBadges.of(this, session.getStatus()));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation("outreach.meta", getTranslation("outreach.kind." + session.getKind().name()),
                sessions.unitName(session.getUnitId()), SessionsView.dates(session.getStartsOn(), session.getEndsOn()),
                session.getPlace().isBlank() ? "—" : session.getPlace()));
        meta.addClassName("page-intro");
        boolean editor = sessions.mayEdit(session);
        actions.removeAll();
        actions.setWrap(true);
        if (editor) {
            stepButtons();
        }
        int selected = tabs.getSelectedIndex();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("outreach.tab.info"), infoTab(editor && session.getStatus() != SessionStatus.CANCELLED));
        tabs.add(getTranslation("outreach.tab.result"), resultTab());
        tabs.add(getTranslation("outreach.tab.attendees"), attendeesTab(editor && (session.getStatus() == SessionStatus.PLANNED
                || session.getStatus() == SessionStatus.HELD)));
        tabs.add(getTranslation("outreach.tab.files"), new AttachmentsPanel(attachments, SessionService.SOURCE_TYPE,
                String.valueOf(session.getId()), session.getUnitId(), false, editor && session.getStatus() != SessionStatus.CANCELLED));
        tabs.add(getTranslation("outreach.tab.history"), history());
        if (selected > 0 && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
        add(crumbs, heading, meta, actions, tabs);
    }

    private VerticalLayout infoTab(boolean editable) {
        TextField name = FieldLimits.limit(new TextField(getTranslation("outreach.title")), TrainingSession.TITLE_MAX);
        name.setValue(session.getTitle());
        Select<SessionKind> kind = new Select<>();
        kind.setLabel(getTranslation("outreach.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("outreach.kind." + k.name()));
        kind.setValue(session.getKind());
        PortalDatePicker start = new PortalDatePicker(getTranslation("outreach.starts"));
        start.setValue(session.getStartsOn());
        PortalDatePicker end = new PortalDatePicker(getTranslation("outreach.ends"));
        end.setValue(session.getEndsOn());
        // the end follows the start: moving the start later carries the end along, the picker offers no earlier day
        PortalDatePicker.range(start, end);
        TextField place = FieldLimits.limit(new TextField(getTranslation("outreach.place")), 300);
        place.setValue(session.getPlace());
        TextField speakers = FieldLimits.limit(new TextField(getTranslation("outreach.speakers")), 500);
        speakers.setValue(session.getSpeakers());
        MultiSelectComboBox<String> conveyed = new MultiSelectComboBox<>(getTranslation("outreach.documents"));
        conveyed.setItems(documents.keySet());
        conveyed.setItemLabelGenerator(c -> documents.getOrDefault(c, c));
        conveyed.setValue(session.getDocuments().isBlank() ? Set.of() : Set.of(session.getDocuments().split(",")));
        ComboBox<Long> task = new ComboBox<>(getTranslation("outreach.task"));
        Map<Long, String> taskLabels = new LinkedHashMap<>();
        tasks.mine(null, PageRequest.of(0, 200)).forEach(t -> taskLabels.put(t.getId(), t.getTitle()));
        if (session.getPlanTaskId() != null && tasks.isVisible(session.getPlanTaskId())) {
            taskLabels.putIfAbsent(session.getPlanTaskId(), tasks.get(session.getPlanTaskId()).getTitle());
        }
        task.setItems(taskLabels.keySet());
        task.setItemLabelGenerator(id -> taskLabels.getOrDefault(id, ""));
        task.setClearButtonVisible(true);
        task.setValue(session.getPlanTaskId() != null && taskLabels.containsKey(session.getPlanTaskId()) ? session.getPlanTaskId() : null);
        MultiSelectComboBox<Long> partners = new MultiSelectComboBox<>(getTranslation("outreach.co-organisers"));
        List<Long> members = directory.memberOrganisations(directory.rootUnit());
        partners.setItems(members);
        partners.setItemLabelGenerator(directory::unitShortName);
        partners.setValue(session.getCoOrganisers());
        partners.setId("training-partners");
        FormLayout form = new FormLayout(name, kind, start, end, place, speakers, conveyed, task, partners);
        form.setColspan(name, 2);
        form.setColspan(conveyed, 2);
        form.setColspan(partners, 2);
        VerticalLayout tab = new VerticalLayout(form);
        tab.setPadding(false);
        for (var field : List.<HasValue<?, ?>>of(name, kind, start, end, place, speakers, conveyed, task, partners)) {
            field.setReadOnly(!editable);
        }
        if (editable) {
            Button save = Guarded.button(getTranslation("common.save"), true, () -> {
                if (start.getValue() == null || end.getValue() == null) {
                    throw new UserFacingException("validation.required");
                }
                session.setTitle(name.getValue());
                session.setKind(kind.getValue());
                session.setStartsOn(start.getValue());
                session.setEndsOn(end.getValue());
                session.setPlace(place.getValue());
                session.setSpeakers(speakers.getValue());
                session.setDocuments(String.join(",", conveyed.getValue().stream().sorted().toList()));
                session.setPlanTaskId(task.getValue());
                try {
                    session = sessions.save(session);
                } catch (RuntimeException refused) {
                    reload(); // never keep an entity the failed save may have half-changed
                    throw refused;
                }
                if (!partners.getValue().equals(session.getCoOrganisers())) {
                    sessions.coOrganise(session.getId(), new HashSet<>(partners.getValue()));
                }
                UserMessages.info(getTranslation("outreach.saved"));
                reload();
            });
            save.setId("training-save");
            tab.add(save);
        }
        return tab;
    }

    private VerticalLayout resultTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (!session.getStatus().counts()) {
            tab.add(new Paragraph(getTranslation(session.getStatus() == SessionStatus.CANCELLED ? "outreach.result.cancelled"
                    : "outreach.result.none", session.getCancelReason() == null ? "" : session.getCancelReason())));
            return tab;
        }
        Grid<Map.Entry<Audience, Integer>> grid = new Grid<>();
        grid.addColumn(e -> getTranslation("outreach.audience." + e.getKey().name())).setHeader(getTranslation("outreach.audience"))
                .setFlexGrow(3);
        grid.addColumn(e -> PortalFormats.number(e.getValue())).setHeader(getTranslation("outreach.people")).setAutoWidth(true);
        grid.setItems(session.attendance().entrySet());
        grid.setEmptyStateText(getTranslation("outreach.attendance.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("training-attendance");
        tab.add(grid, line("outreach.total", PortalFormats.number(session.totalAttendance())));
        if (session.getWomen() != null) {
            tab.add(line("outreach.women", PortalFormats.number(session.getWomen())));
        }
        if (session.getEthnicMinority() != null) {
            tab.add(line("outreach.ethnic", PortalFormats.number(session.getEthnicMinority())));
        }
        for (String[] part : new String[][] {{"outreach.outcome", session.getOutcome()}, {"outreach.strengths", session.getStrengths()},
                {"outreach.limitations", session.getLimitations()}, {"outreach.causes", session.getCauses()},
                {"outreach.recommendations", session.getRecommendations()}}) {
            if (!part[1].isBlank()) {
                tab.add(line(part[0], part[1]));
            }
        }
        return tab;
    }

    /** The named list: who came, and (for the organiser) an XLSX upload that replaces it, bad rows shown before anything changes. */
    private VerticalLayout attendeesTab(boolean mayImport) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        Grid<AttendeeLists.Attendee> list = new Grid<>();
        list.addColumn(AttendeeLists.Attendee::fullName).setHeader(getTranslation("outreach.attendee.name")).setFlexGrow(2);
        list.addColumn(AttendeeLists.Attendee::unitName).setHeader(getTranslation("outreach.attendee.unit")).setFlexGrow(2);
        list.addColumn(AttendeeLists.Attendee::position).setHeader(getTranslation("outreach.attendee.position")).setFlexGrow(1);
        list.addColumn(a -> getTranslation("outreach.audience.short." + a.audience().name())).setHeader(getTranslation("outreach.audience"))
                .setAutoWidth(true);
        list.setItems(attendeeImport.list(session.getId()));
        list.setEmptyStateText(getTranslation(mayImport ? "outreach.attendees.empty.import" : "outreach.attendees.empty"));
        list.setAllRowsVisible(true);
        list.setId("training-attendees");
        if (mayImport) {
            Paragraph help = new Paragraph(getTranslation("outreach.import.help"));
            help.addClassName("page-intro");
            VerticalLayout problems = new VerticalLayout();
            problems.setPadding(false);
            PortalUpload upload = new PortalUpload();
            upload.setAcceptedFileTypes(".xlsx");
            upload.setMaxFiles(1);
            BoundedUpload.eachStored(upload, AttendeeImport.MAX_BYTES, (fileName, bytes) ->
                    Guarded.run(() -> imported(problems, bytes, attendeeImport.load(session.getId(), bytes, false))));
            tab.add(help, upload, problems);
        }
        tab.add(list);
        return tab;
    }

    void imported(VerticalLayout problems, byte[] bytes, AttendeeImport.Result result) {
        problems.removeAll();
        if (result.imported()) {
            UserMessages.info(getTranslation("outreach.import.done", result.good()));
            reload();
            return;
        }
        Grid<AttendeeImport.BadRow> bad = new Grid<>();
        bad.addColumn(AttendeeImport.BadRow::row).setHeader(getTranslation("outreach.import.row")).setAutoWidth(true);
        bad.addColumn(AttendeeImport.BadRow::message)
                .setHeader(getTranslation("outreach.import.reason")).setFlexGrow(3);
        bad.setItems(result.bad());
        bad.setAllRowsVisible(true);
        bad.setId("import-bad-rows");
        Button goodOnly = Guarded.button(getTranslation("outreach.import.good-only"), false, () ->
                imported(problems, bytes, attendeeImport.load(session.getId(), bytes, true)));
        goodOnly.setId("import-good-only");
        goodOnly.setEnabled(result.good() > 0);
        Paragraph what = new Paragraph(getTranslation("outreach.import.bad", result.bad().size(), result.good()));
        what.addClassName("submit-error");
        problems.add(what, bad, goodOnly);
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("field-label");
        p.add(label, new Span(value));
        return p;
    }

    private Grid<AuditEntry> history() {
        return new HistoryGrid(sessions.history(session.getId()), actors);
    }

    private void stepButtons() {
        SessionStatus s = session.getStatus();
        long id = session.getId();
        boolean started = !session.getEndsOn().isAfter(LocalDate.now(PortalFormats.VIETNAM)); // its last day has come
        if (s == SessionStatus.PLANNED && started) {
            actions.add(Guarded.button(getTranslation("outreach.action.held"), true, () -> resultDialog(false)));
        }
        if (s == SessionStatus.HELD) {
            actions.add(Guarded.button(getTranslation("outreach.action.correct"), false, () -> resultDialog(true)));
            Button report = Guarded.button(getTranslation("outreach.action.report"), true, () -> {
                sessions.report(id);
                reload();
            });
            report.setId("training-report");
            actions.add(report);
        }
        if (s == SessionStatus.PLANNED) {
            TextArea reason = FieldLimits.limit(new TextArea(getTranslation("outreach.cancel.reason")), 1000);
            reason.setWidthFull();
            actions.add(Guarded.button(getTranslation("outreach.action.cancel"), false, () -> dialog("outreach.action.cancel",
                    List.of(reason), () -> sessions.cancel(id, reason.getValue()))));
        }
    }

    /** Counts by audience and the outcome; for a held session being corrected, what it holds now. */
    private void resultDialog(boolean correcting) {
        Map<Audience, IntegerField> fields = new EnumMap<>(Audience.class);
        List<Component> parts = new ArrayList<>();
        for (Audience a : Audience.values()) {
            IntegerField f = new IntegerField(getTranslation("outreach.audience." + a.name()));
            f.setMin(0);
            f.setValue(correcting ? session.attendance().get(a) : 0);
            f.setId("attendance-" + a.name());
            fields.put(a, f);
            parts.add(f);
        }
        IntegerField women = new IntegerField(getTranslation("outreach.women"));
        women.setMin(0);
        women.setValue(correcting ? session.getWomen() : null);
        IntegerField ethnic = new IntegerField(getTranslation("outreach.ethnic"));
        ethnic.setMin(0);
        ethnic.setValue(correcting ? session.getEthnicMinority() : null);
        parts.add(women);
        parts.add(ethnic);
        TextArea notes = area("outreach.outcome", correcting ? session.getOutcome() : "");
        parts.add(notes);
        TextArea strengths = area("outreach.strengths", session.getStrengths());
        TextArea limitations = area("outreach.limitations", session.getLimitations());
        TextArea causes = area("outreach.causes", session.getCauses());
        TextArea recommendations = area("outreach.recommendations", session.getRecommendations());
        if (session.getKind().isReview()) {
            parts.addAll(List.of(strengths, limitations, causes, recommendations));
        }
        String key = correcting ? "outreach.action.correct" : "outreach.action.held";
        dialog(key, parts, () -> {
            Map<Audience, Integer> counts = new EnumMap<>(Audience.class);
            fields.forEach((a, f) -> counts.put(a, f.getValue() == null ? 0 : f.getValue()));
            SessionService.Attendance attendance = new SessionService.Attendance(counts, women.getValue(), ethnic.getValue());
            SessionService.Outcome outcome = new SessionService.Outcome(notes.getValue(), strengths.getValue(), limitations.getValue(),
                    causes.getValue(), recommendations.getValue());
            if (correcting) {
                sessions.correct(session.getId(), attendance, outcome);
            } else {
                sessions.held(session.getId(), attendance, outcome);
            }
        });
    }

    private TextArea area(String key, String value) {
        TextArea area = FieldLimits.limit(new TextArea(getTranslation(key)), TrainingSession.TEXT_MAX);
        area.setValue(value);
        return area;
    }

    /** A short dialog: its fields, then the step; a refusal keeps the dialog and what was typed. */
    private void dialog(String key, List<Component> fields, Runnable action) {
        StepDialog.open(getTranslation(key), fields, () -> {
            action.run();
            reload();
        });
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("menu.trainings") : session.getTitle();
    }
}
