package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import static vn.mttq.giamsat.base.ui.EditForms.row;

import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Recording a case that reached the Front by any channel: what, about whom, and optionally who
 * reported it (sealed at once; anonymous is normal). A likely duplicate (same subject in the last
 * 90 days) is pointed out before saving.
 */
@Route("phan-anh/moi")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.DEPARTMENT_STAFF, Role.Names.DISTRICT_STAFF})
class NewCaseView extends VerticalLayout implements HasDynamicTitle {

    static final int DUPLICATE_DAYS = 90;

    final Select<Channel> channel = new Select<>();
    final PortalDatePicker receivedOn;
    final Select<CaseKind> kind = new Select<>();
    final TextField subjectName = FieldLimits.limit(new TextField(), FeedbackCase.NAME_MAX);
    final TextField subjectPosition = FieldLimits.limit(new TextField(), FeedbackCase.NAME_MAX);
    final TextField subjectUnit = FieldLimits.limit(new TextField(), FeedbackCase.UNIT_MAX);
    final TextArea content = FieldLimits.limit(new TextArea(), FeedbackCase.CONTENT_MAX);
    final ComboBox<Long> unit = new ComboBox<>();
    final TextField unitReason = FieldLimits.limit(new TextField(), 1000);
    private Optional<Long> suggested = Optional.empty();
    final TextField reporterName = FieldLimits.limit(new TextField(), 200);
    final TextField reporterAddress = FieldLimits.limit(new TextField(), 400);
    final TextField reporterPhone = FieldLimits.limit(new TextField(), 40);
    final TextField reporterIdNumber = FieldLimits.limit(new TextField(), 40);
    final Button save;
    private final CaseService cases;
    private final CaseIntake intake;

    NewCaseView(CaseService cases, CaseIntake intake, DataScopeService scopes,
                RecipientDirectory directory) {
        this.cases = cases;
        this.intake = intake;
        addClassName("page");
        Breadcrumbs crumbs = new Breadcrumbs();
        crumbs.show(List.of(new Breadcrumbs.Step(getTranslation("menu.cases"), () -> getUI().ifPresent(ui -> ui.navigate(CasesView.class))),
                new Breadcrumbs.Step(getTranslation("feedback.add"), () -> { })));
        channel.setLabel(getTranslation("feedback.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("feedback.channel." + c.name()));
        channel.setValue(Channel.IN_PERSON);
        receivedOn = new PortalDatePicker(getTranslation("feedback.received-on"));
        receivedOn.setValue(LocalDate.now(PortalFormats.VIETNAM));
        receivedOn.setMax(LocalDate.now(PortalFormats.VIETNAM));
        kind.setLabel(getTranslation("feedback.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("feedback.kind." + k.name()));
        kind.setValue(CaseKind.REPORT);
        kind.addValueChangeListener(e -> kind.setHelperText(e.getValue() != null && e.getValue().isDenunciation()
                ? getTranslation("feedback.denunciation.needs-name") : null));
        subjectName.setLabel(getTranslation("feedback.subject.name"));
        subjectName.setId("case-subject-name");
        subjectPosition.setLabel(getTranslation("feedback.subject.position"));
        subjectUnit.setLabel(getTranslation("feedback.subject.unit"));
        subjectUnit.setId("case-subject-unit");
        content.setLabel(getTranslation("feedback.content"));
        content.setId("case-content");
        content.setRequiredIndicatorVisible(true);
        content.setMinHeight("8rem");
        long root = scopes.current().rootUnitId();
        Map<Long, String> committees = new LinkedHashMap<>();
        directory.frontCommittees(root).forEach(u -> committees.put(u.id(), u.shortName()));
        unit.setLabel(getTranslation("feedback.unit"));
        unit.setItems(committees.keySet());
        unit.setItemLabelGenerator(id -> committees.getOrDefault(id, cases.unitShortName(id)));
        unit.setValue(root);
        unit.setId("case-unit");
        unit.setHelperText(getTranslation("feedback.unit.help"));
        unitReason.setLabel(getTranslation("feedback.unit.reason"));
        unitReason.setId("case-unit-reason");
        unitReason.setVisible(false);
        subjectUnit.addValueChangeListener(e -> {
            suggested = intake.suggestFollowingUnit(e.getValue());
            suggested.ifPresent(unit::setValue);
            unit.setHelperText(suggested.map(id -> getTranslation("feedback.unit.suggested", committees.getOrDefault(id, "")))
                    .orElse(getTranslation("feedback.unit.help")));
            showReason();
        });
        unit.addValueChangeListener(e -> showReason());
        reporterName.setLabel(getTranslation("feedback.reporter.name"));
        reporterAddress.setLabel(getTranslation("feedback.reporter.address"));
        reporterPhone.setLabel(getTranslation("feedback.reporter.phone"));
        reporterIdNumber.setLabel(getTranslation("feedback.reporter.id-number"));
        // rows of fields rather than a FormLayout: the order of the paper form, the same at every width
        HorizontalLayout first = row(channel, receivedOn, kind, unit);
        HorizontalLayout second = row(subjectName, subjectPosition, subjectUnit);
        unitReason.setWidthFull();
        content.setWidthFull();
        HorizontalLayout who = row(reporterName, reporterPhone, reporterAddress, reporterIdNumber);
        Paragraph protectedNote = new Paragraph(getTranslation("feedback.reporter.note"));
        protectedNote.addClassName("page-intro");
        save = new Button(getTranslation("feedback.save"), e -> checkDuplicatesThenSave());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("case-save");
        add(crumbs, first, second, unitReason, content, new H3(getTranslation("feedback.reporter")), protectedNote, who, save);
    }

    /** Choosing another Front than the suggested one asks why. */
    private void showReason() {
        unitReason.setVisible(suggested.isPresent() && unit.getValue() != null && !suggested.get().equals(unit.getValue()));
    }

    private void checkDuplicatesThenSave() {
        if (content.getValue().isBlank()) {
            content.setErrorMessage(getTranslation("feedback.error.content"));
            content.setInvalid(true);
            return;
        }
        List<FeedbackCase> similar = subjectName.getValue().isBlank() ? List.of()
                : cases.list(new CaseService.Filter(null, null, null, 0, 0, null, LocalDate.now(PortalFormats.VIETNAM).minusDays(DUPLICATE_DAYS),
                null, subjectName.getValue()), PageRequest.of(0, 5)).getContent();
        if (similar.isEmpty()) {
            store();
            return;
        }
        var dialog = Guarded.confirm(getTranslation("feedback.duplicate.title"), "", getTranslation("feedback.duplicate.save"), this::store);
        // each suspected case is a link that opens it beside this form (a new tab keeps what was typed) (issue 22)
        Div links = new Div();
        links.addClassName("duplicate-links");
        similar.forEach(c -> {
            Anchor a = new Anchor("phan-anh/" + c.getId(),
                    c.getReceiptCode() + " (" + PortalFormats.date(c.getReceivedOn()) + ")");
            a.setTarget("_blank");
            a.addClassName("duplicate-link");
            links.add(a);
        });
        dialog.setText(new Div(new Paragraph(
                getTranslation("feedback.duplicate.text")), links));
    }

    private void store() {
        try {
            FeedbackCase c = intake.record(new CaseService.Intake(channel.getValue(), receivedOn.getValue() == null
                    ? LocalDate.now(PortalFormats.VIETNAM) : receivedOn.getValue(), kind.getValue(), subjectName.getValue(),
                    subjectPosition.getValue(), subjectUnit.getValue(), content.getValue(), reporterName.getValue(), reporterAddress.getValue(),
                    reporterPhone.getValue(), reporterIdNumber.getValue()), unit.getValue(), unitReason.getValue());
            UserMessages.info(getTranslation("feedback.saved", c.getReceiptCode()));
            if (c.getKind() != kind.getValue()) { // said so: an unnamed denunciation is followed as information
                UserMessages.info(getTranslation("feedback.denunciation.recorded-as-information"));
            }
            getUI().ifPresent(ui -> ui.navigate(CaseView.class, CaseView.of(c.getId())));
        } catch (UserFacingException refused) {
            UserMessages.show(refused); // what was typed stays in the form
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.add");
    }
}
