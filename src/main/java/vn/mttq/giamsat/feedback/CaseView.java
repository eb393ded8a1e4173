package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.audit.ActorNames;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.HistoryGrid;
import vn.mttq.giamsat.base.errors.RecordRoutes;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.StepDialog;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * One case: what was reported and about whom, the reporter shown as protected (revealed, with a
 * reason, only to those allowed), the steps its state allows, its files and its timeline.
 */
@Route("phan-anh/:id(\\d+)")
@PermitAll
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Breadcrumbs breadcrumbs = new Breadcrumbs();
    final H2 title = new H2();
    final HorizontalLayout actions = new HorizontalLayout();
    final Div reporter = new Div();
    private final CaseService cases;
    private final CaseSteps steps;
    private final CaseIdentities identities;
    private final AttachmentService attachments;
    private final WorkingCalendar calendar;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final ActorNames actors;
    private FeedbackCase c;

    private final ReceiptSlip slip;
    private final CaseSupervision supervision;
    private final Map<String, String> forms = new LinkedHashMap<>();

    private final RecordRoutes recordRoutes;

    CaseView(RecordRoutes recordRoutes, CaseService cases, CaseSteps steps, CaseIdentities identities, AttachmentService attachments, WorkingCalendar calendar, RecipientDirectory directory,
             CurrentUser currentUser, CatalogueService catalogues, ReceiptSlip slip, CaseSupervision supervision,
             ActorNames actors) {
        this.recordRoutes = recordRoutes;
        this.actors = actors;
        this.slip = slip;
        this.supervision = supervision;
        catalogues.active(Catalogue.SUPERVISION_FORM).forEach(e -> forms.put(e.getCode(), e.getTitle()));
        this.cases = cases;
        this.steps = steps;
        this.identities = identities;
        this.attachments = attachments;
        this.calendar = calendar;
        this.directory = directory;
        this.currentUser = currentUser;
        addClassName("page");
        setSizeFull();
        for (String extra : List.of("CORRUPTION", "WASTE", "OTHER")) {
            classes.put(extra, getTranslation("feedback.class." + extra));
        }
        for (Catalogue cat : List.of(Catalogue.MANIFESTATION, Catalogue.PROHIBITION, Catalogue.PUBLIC_ETHICS)) {
            catalogues.active(cat).forEach(e -> classes.put(cat.name() + ":" + e.getCode(), e.getCode() + " – " + e.getTitle()));
        }
    }

    static RouteParameters of(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        recordRoutes.open(event, "phan-anh", cases::get).ifPresent(found -> {
            c = found;
            show();
        });
    }

    private void reload() {
        c = cases.get(c.getId());
        show();
    }

    void show() {
        removeAll();
        breadcrumbs.show(List.of(new Breadcrumbs.Step(getTranslation("menu.cases"), () -> getUI().ifPresent(ui -> ui.navigate(CasesView.class))),
                new Breadcrumbs.Step(c.getReceiptCode(), () -> { })));
        title.setText(getTranslation("feedback.kind." + c.getKind().name()) + " " + c.getReceiptCode());
        title.addClassName("page-title");
        HorizontalLayout heading = new HorizontalLayout(title, CaseBadges.state(this, c.getStatus()), CaseBadges.due(this, calendar, c));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation("feedback.meta", getTranslation("feedback.channel." + c.getChannel().name()),
                PortalFormats.date(c.getReceivedOn()), cases.unitName(c.getFollowingUnitId()),
                c.getHandlerAccountId() == null ? getTranslation("feedback.no-handler")
                        : directory.account(c.getHandlerAccountId()).map(r -> r.fullName()).orElse("")));
        meta.addClassName("page-intro");
        actions.removeAll();
        actions.setWrap(true);
        if (cases.mayChange(c)) {
            stepButtons();
            // the next expected step is the one primary button; the others stay secondary (issue 22)
            boolean first = true;
            for (Component child : actions.getChildren().toList()) {
                if (child instanceof Button b && b.getThemeNames().contains("primary")) {
                    if (!first) {
                        b.removeThemeVariants(ButtonVariant.PRIMARY);
                    }
                    first = false;
                }
            }
        } else {
            // who follows the case now and why this person sees no step (issue 22: the recorder was left without a word)
            String handler = c.getHandlerAccountId() == null ? getTranslation("feedback.no-handler")
                    : directory.account(c.getHandlerAccountId()).map(r -> r.fullName()).orElse(getTranslation("feedback.no-handler"));
            Paragraph why = new Paragraph(getTranslation("feedback.followed-elsewhere", cases.unitName(c.getFollowingUnitId()), handler));
            why.addClassName("case-followed-elsewhere");
            actions.add(why);
        }
        if (currentUser.get().map(u -> u.role() != Role.MEMBER_ORGANISATION).orElse(false)) {
            long id = c.getId();
            Anchor print = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = slip.render(id, ReportFormat.PDF);
                        return new DownloadResponse(new ByteArrayInputStream(bytes),
                                slip.fileName(id, ReportFormat.PDF), "application/pdf", bytes.length);
                    }), getTranslation("feedback.slip.print"));
            print.getElement().setAttribute("download", true);
            print.addClassName("print-slip");
            actions.add(print);
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("feedback.tab.info"), infoTab());
        tabs.add(getTranslation("feedback.tab.attachments"), new AttachmentsPanel(attachments, CaseService.SOURCE_TYPE,
                String.valueOf(c.getId()), c.getFollowingUnitId(), true, cases.mayChange(c) && !c.getStatus().isFinished()));
        tabs.add(getTranslation("feedback.tab.timeline"), timeline());
        add(breadcrumbs, heading, meta, new CaseProgress(c), actions, tabs);
    }

    private VerticalLayout infoTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        // each part under its own label: "Phó Chủ tịch UBND" and "xã Cư Yên" ran together (issue 22)
        tab.add(line("feedback.subject", c.getSubjectName()));
        if (!c.getSubjectPosition().isBlank()) {
            tab.add(line("feedback.subject.position", c.getSubjectPosition()));
        }
        if (!c.getSubjectUnit().isBlank()) {
            tab.add(line("feedback.subject.unit", c.getSubjectUnit()));
        }
        Paragraph content = new Paragraph(c.getContent());
        content.addClassName("case-content");
        tab.add(content);
        if (!c.getClassification().isBlank()) {
            tab.add(line("feedback.classification", String.join("; ", List.of(c.getClassification().split(",")).stream()
                    .map(k -> classes.getOrDefault(k, k)).toList())));
        }
        if (c.getCompetentBody() != null) {
            tab.add(line("feedback.body", c.getCompetentBody() + (c.getForwardedOn() == null ? "" : " · "
                    + getTranslation("feedback.forwarded-on", PortalFormats.date(c.getForwardedOn())))
                    + (c.getBodyReceivedOn() == null ? "" : " · " + getTranslation("feedback.body-received-on", PortalFormats.date(c.getBodyReceivedOn())))
                    + (c.getPromisedReplyOn() == null ? "" : " · " + getTranslation("feedback.promised-on", PortalFormats.date(c.getPromisedReplyOn())))));
        }
        if (c.getAnsweredOn() != null) {
            tab.add(line("feedback.answer", PortalFormats.date(c.getAnsweredOn()) + " " + (c.getAnswerSymbol() == null ? "" : c.getAnswerSymbol())
                    + ": " + c.getAnswerSummary()));
        }
        if (c.getToldOn() != null) {
            tab.add(line("feedback.told", PortalFormats.date(c.getToldOn()) + " · " + c.getToldHow()));
        }
        if (c.getCloseReason() != null) {
            tab.add(line("feedback.close-reason", c.getCloseReason()));
        }
        if (c.getSupervisionActivityId() != null) {
            String activityTitle = supervision.activityTitle(c);
            Paragraph p = new Paragraph();
            Span label = new Span(getTranslation("feedback.supervision") + ": ");
            label.addClassName("field-label");
            p.add(label, activityTitle == null ? new Span(getTranslation("feedback.supervision.hidden"))
                    : new Anchor("giam-sat/" + c.getSupervisionActivityId(), activityTitle));
            p.setId("case-supervision");
            tab.add(p);
        }
        reporter.removeAll();
        reporter.addClassName("case-reporter");
        reporter.add(line("feedback.reporter", c.isAnonymous() ? getTranslation("feedback.reporter.anonymous") : CaseService.PROTECTED));
        if (identities.mayReveal(c)) {
            Button reveal = new Button(getTranslation("feedback.reveal"), e -> revealDialog());
            reveal.addThemeVariants(ButtonVariant.TERTIARY);
            reveal.setId("case-reveal");
            reporter.add(reveal);
        }
        tab.add(reporter);
        return tab;
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        p.add(label, new Span(value));
        return p;
    }

    private Grid<AuditEntry> timeline() {
        return new HistoryGrid(cases.timeline(c.getId()), actors, this::historyDetails);
    }

    /** A step's details in words: kinds and classification points by their names; whom an identity reading named stays unsaid. */
    private String historyDetails(AuditEntry e) {
        String details = e.getDetails();
        if (details == null || e.getAction().startsWith("IDENTITY_")) {
            return "";
        }
        if (e.getAction().equals("CASE_CLASSIFIED")) {
            return String.join("; ", Arrays.stream(details.split(",")).map(k -> classes.getOrDefault(k, k)).toList());
        }
        return String.join(" · ", Arrays.stream(details.split(" \\| ")).map(part -> {
            try {
                return getTranslation("feedback.kind." + CaseKind.valueOf(part.strip()).name());
            } catch (IllegalArgumentException notAKind) {
                return part;
            }
        }).toList());
    }

    private void revealDialog() {
        TextField reason = FieldLimits.limit(new TextField(getTranslation("feedback.reveal.reason")), 500);
        reason.setWidthFull();
        reason.setId("reveal-reason");
        step("feedback.reveal", List.of(reason), () -> {
            CaseService.Identity who = identities.reveal(c.getId(), reason.getValue());
            reporter.removeAll();
            reporter.add(line("feedback.reporter.name", orDash(who.name())), line("feedback.reporter.address", orDash(who.address())),
                    line("feedback.reporter.phone", orDash(who.phone())), line("feedback.reporter.id-number", orDash(who.idNumber())));
        }, false);
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    private void stepButtons() {
        CaseStatus s = c.getStatus();
        long id = c.getId();
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        boolean staff = currentUser.get().map(u -> u.role() != Role.MEMBER_ORGANISATION).orElse(false);
        if (s.mayBecome(CaseStatus.CLASSIFIED)) {
            MultiSelectComboBox<String> points = new MultiSelectComboBox<>(getTranslation("feedback.classification"));
            points.setItems(classes.keySet());
            points.setItemLabelGenerator(k -> classes.getOrDefault(k, k));
            points.setWidthFull();
            points.setId("case-classes");
            actions.add(button("feedback.action.classify", true, () -> step("feedback.action.classify", List.of(points),
                    () -> steps.classify(id, points.getValue()), true)));
        }
        if (staff && s.mayBecome(CaseStatus.ASSIGNED)) {
            ComboBox<Long> handler = new ComboBox<>(getTranslation("feedback.handler"));
            // Front officers of the following unit first, then of its sub-units: "name — unit · role" (issue 22)
            Map<Long, String> people = new LinkedHashMap<>();
            directory.handlers(directory.unitAndDirectSubUnits(c.getFollowingUnitId())).forEach(h -> people.put(h.accountId(),
                    h.fullName() + " — " + h.unitShortName() + " · " + getTranslation("role." + h.role().name())));
            handler.setItems(people.keySet());
            handler.setItemLabelGenerator(people::get);
            handler.setWidthFull();
            handler.setId("case-handler");
            actions.add(button("feedback.action.assign", s == CaseStatus.CLASSIFIED, () -> step("feedback.action.assign", List.of(handler), () -> {
                if (handler.getValue() == null) {
                    throw new UserFacingException("feedback.error.handler");
                }
                steps.assign(id, handler.getValue());
            }, true)));
        }
        if (s.mayBecome(CaseStatus.FORWARDED)) {
            TextField body = FieldLimits.limit(new TextField(getTranslation("feedback.body")), FeedbackCase.UNIT_MAX);
            body.setId("case-body");
            PortalDatePicker on = date("feedback.forwarded-on.label", today);
            actions.add(button("feedback.action.forward", true, () -> step("feedback.action.forward", List.of(body, on),
                    () -> steps.forward(id, body.getValue(), required(on)), true)));
        }
        if (s == CaseStatus.FORWARDED) {
            PortalDatePicker on = date("feedback.body-received-on.label", today);
            PortalDatePicker promised = date("feedback.promised-on.label", null);
            promised.setHelperText(getTranslation("feedback.promised-on.help"));
            actions.add(button("feedback.action.body-received", true, () -> step("feedback.action.body-received", List.of(on, promised),
                    () -> steps.bodyReceived(id, required(on), promised.getValue()), true)));
        }
        if (s == CaseStatus.AWAITING_ANSWER) {
            PortalDatePicker on = date("feedback.answered-on.label", today);
            TextField symbol = FieldLimits.limit(new TextField(getTranslation("feedback.answer-symbol")), 120);
            TextArea summary = FieldLimits.limit(new TextArea(getTranslation("feedback.answer-summary")), FeedbackCase.TEXT_MAX);
            summary.setId("case-answer");
            actions.add(button("feedback.action.answer", true, () -> step("feedback.action.answer", List.of(on, symbol, summary),
                    () -> steps.answer(id, required(on), symbol.getValue(), summary.getValue()), true)));
            TextArea note = FieldLimits.limit(new TextArea(getTranslation("recommendation.note")), 1000);
            actions.add(button("feedback.action.urge", false, () -> step("feedback.action.urge", List.of(note), () -> {
                steps.urge(id, note.getValue());
                UserMessages.info(getTranslation("recommendation.urged"));
            }, false)));
        }
        if (s == CaseStatus.ANSWERED) {
            PortalDatePicker on = date("feedback.told-on.label", today);
            TextField how = FieldLimits.limit(new TextField(getTranslation("feedback.told-how")), 300);
            how.setId("case-told-how");
            actions.add(button("feedback.action.tell", true, () -> step("feedback.action.tell", List.of(on, how),
                    () -> steps.tell(id, required(on), how.getValue()), true)));
        }
        if (s.mayBecome(CaseStatus.CLOSED)) {
            actions.add(button("feedback.action.close", true, () -> step("feedback.action.close", List.of(), () -> steps.close(id), true)));
        }
        if (s.mayBecome(CaseStatus.OUTSIDE_COMPETENCE)) {
            TextField body = FieldLimits.limit(new TextField(getTranslation("feedback.body")), FeedbackCase.UNIT_MAX);
            TextArea reason = FieldLimits.limit(new TextArea(getTranslation("feedback.reason")), 1000);
            actions.add(button("feedback.action.outside", false, () -> step("feedback.action.outside", List.of(body, reason),
                    () -> steps.outsideCompetence(id, body.getValue(), reason.getValue()), true)));
        }
        if (s.mayBecome(CaseStatus.MERGED)) {
            TextField other = FieldLimits.limit(new TextField(getTranslation("feedback.merge.code")), 20);
            other.setId("case-merge-code");
            actions.add(button("feedback.action.merge", false, () -> step("feedback.action.merge", List.of(other),
                    () -> steps.mergeByCode(id, other.getValue()), true)));
        }
        if (staff && !s.isFinished()) {
            ComboBox<Long> unit = new ComboBox<>(getTranslation("feedback.unit"));
            unit.setItems(directory.unitAndDirectSubUnits(c.getFollowingUnitId()));
            unit.setItemLabelGenerator(cases::unitShortName);
            unit.setWidthFull();
            TextArea reason = FieldLimits.limit(new TextArea(getTranslation("feedback.reason")), 1000);
            actions.add(button("feedback.action.change-unit", false, () -> step("feedback.action.change-unit", List.of(unit, reason), () -> {
                if (unit.getValue() == null) {
                    throw new UserFacingException("validation.required");
                }
                steps.changeFollowingUnit(id, unit.getValue(), reason.getValue());
            }, true)));
        }
        if (staff && !s.isFinished()) {
            supervisionButtons(id, today);
        }
        if (s.mayBecome(CaseStatus.REJECTED)) {
            TextArea reason = FieldLimits.limit(new TextArea(getTranslation("feedback.reason")), 1000);
            actions.add(button("feedback.action.reject", false, () -> step("feedback.action.reject", List.of(reason),
                    () -> steps.reject(id, reason.getValue()), true)));
        }
    }

    /** Turn the case into a supervision activity of its following unit, or attach it to one, or take the link away. */
    private void supervisionButtons(long id, LocalDate today) {
        TextField title = FieldLimits.limit(new TextField(getTranslation("supervision.title")), 300);
        title.setValue(("Giám sát theo phản ánh " + c.getReceiptCode() + (c.getSubjectUnit().isBlank() ? "" : ": " + c.getSubjectUnit())));
        title.setId("case-activity-title");
        Select<String> form = new Select<>();
        form.setLabel(getTranslation("supervision.form"));
        form.setItems(forms.keySet());
        form.setItemLabelGenerator(k -> forms.getOrDefault(k, k));
        form.setValue(forms.containsKey("PHAN-ANH") ? "PHAN-ANH" : forms.keySet().stream().findFirst().orElse(null));
        PortalDatePicker from = date("supervision.from", today);
        PortalDatePicker to = date("supervision.to", today.plusDays(30));
        actions.add(button("feedback.action.supervise", false, () -> step("feedback.action.supervise", List.of(title, form, from, to), () -> {
            var a = supervision.start(id, form.getValue() == null ? "" : form.getValue(), title.getValue(), required(from), required(to));
            UserMessages.info(getTranslation("feedback.supervision.started", a.getTitle()));
        }, true)));
        ComboBox<Long> activity = new ComboBox<>(getTranslation("feedback.supervision"));
        Map<Long, String> open = new LinkedHashMap<>();
        supervision.choices().forEach(a -> open.put(a.getId(), a.getTitle() + " (" + PortalFormats.date(a.getPeriodFrom()) + ")"));
        activity.setItems(open.keySet());
        activity.setItemLabelGenerator(k -> open.getOrDefault(k, ""));
        activity.setWidthFull();
        activity.setId("case-activity");
        actions.add(button("feedback.action.attach-supervision", false, () -> step("feedback.action.attach-supervision", List.of(activity), () -> {
            if (activity.getValue() == null) {
                throw new UserFacingException("validation.required");
            }
            supervision.attach(id, activity.getValue());
        }, true)));
        if (c.getSupervisionActivityId() != null) {
            actions.add(button("feedback.action.detach-supervision", false, () -> step("feedback.action.detach-supervision", List.of(),
                    () -> supervision.detach(id), true)));
        }
    }

    private PortalDatePicker date(String key, LocalDate value) {
        PortalDatePicker p = new PortalDatePicker(getTranslation(key));
        p.setValue(value);
        p.setMax(LocalDate.now(PortalFormats.VIETNAM).plusYears(1));
        return p;
    }

    private static LocalDate required(PortalDatePicker p) {
        if (p.getValue() == null) {
            throw new UserFacingException("validation.required");
        }
        return p.getValue();
    }

    private Button button(String key, boolean primary, Runnable open) {
        Button b = new Button(getTranslation(key), e -> open.run());
        if (primary) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return b;
    }

    /** A short dialog for one step: its fields, then the step; a refusal keeps the dialog and what was typed. */
    private void step(String key, List<Component> fields, Runnable action, boolean reloadAfter) {
        StepDialog.open(getTranslation(key), fields.isEmpty() ? List.of(new Paragraph(getTranslation("feedback.confirm"))) : fields, () -> {
            action.run();
            if (reloadAfter) {
                reload();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return c == null ? getTranslation("menu.cases") : c.getReceiptCode();
    }
}
