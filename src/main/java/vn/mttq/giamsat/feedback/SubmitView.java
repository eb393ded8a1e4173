package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import static vn.mttq.giamsat.base.ui.EditForms.row;

import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.ClientAddress;
import vn.mttq.giamsat.base.ui.BoundedUpload;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalMark;
import vn.mttq.giamsat.base.ui.PublicPages;
import vn.mttq.giamsat.base.ui.PortalUpload;

/**
 * The people's submission page (public, where an administrator keeps it open): a comment, report
 * or denunciation with an optional identity and a few files, answered with the receipt code to
 * follow it on the lookup page. A refusal says why and keeps what was typed; a new person-check is
 * shown after every attempt.
 */
@Route(value = "gui-y-kien", autoLayout = false)
@AnonymousAllowed
class SubmitView extends VerticalLayout implements HasDynamicTitle {

    final Select<CaseKind> kind = new Select<>();
    final TextField subjectName = FieldLimits.limit(new TextField(), FeedbackCase.NAME_MAX);
    final TextField subjectPosition = FieldLimits.limit(new TextField(), FeedbackCase.NAME_MAX);
    final TextField subjectUnit = FieldLimits.limit(new TextField(), FeedbackCase.UNIT_MAX);
    final TextArea content = FieldLimits.limit(new TextArea(), PublicSubmissions.CONTENT_MAX);
    final TextField name = FieldLimits.limit(new TextField(), 200);
    final TextField address = FieldLimits.limit(new TextField(), 400);
    final TextField phone = FieldLimits.limit(new TextField(), 40);
    final TextField idNumber = FieldLimits.limit(new TextField(), 40);
    final PortalUpload upload = new PortalUpload();
    /** The question as a picture (never as page text); a person who cannot read it asks for another. */
    final Image question = new Image();
    final Button another = new Button();
    final TextField answer = FieldLimits.limit(new TextField(), 20);
    final Button send = new Button();
    final Div result = new Div();
    final List<PublicSubmissions.SentFile> files = new ArrayList<>();
    private final PublicSubmissions submissions;
    private final ClientAddress clientAddress;
    private final VerticalLayout form = new VerticalLayout();
    SubmissionChallenge challenge;

    SubmitView(PublicSubmissions submissions, SubmissionSettings settings, ClientAddress clientAddress) {
        this.submissions = submissions;
        this.clientAddress = clientAddress;
        PublicPages.Header header = PublicPages.dress(this, getTranslation("feedback.public.title"));
        PortalMark mark = header.mark();
        H1 heading = header.title();
        add(mark, heading);
        SubmissionSettings.Settings limits = settings.current();
        if (!limits.enabled()) {
            Paragraph closed = new Paragraph(getTranslation("feedback.public.closed"));
            closed.setId("submit-closed");
            add(closed, new Anchor("tra-cuu", getTranslation("feedback.public.lookup")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("feedback.public.intro"));
        intro.addClassName("page-intro");
        kind.setLabel(getTranslation("feedback.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("feedback.kind." + k.name()));
        kind.setValue(CaseKind.REPORT);
        kind.addValueChangeListener(e -> kind.setHelperText(e.getValue() != null && e.getValue().isDenunciation()
                ? getTranslation("feedback.denunciation.needs-name") : null));
        subjectName.setLabel(getTranslation("feedback.subject.name"));
        subjectPosition.setLabel(getTranslation("feedback.subject.position"));
        subjectUnit.setLabel(getTranslation("feedback.subject.unit"));
        content.setLabel(getTranslation("feedback.content"));
        content.setRequiredIndicatorVisible(true);
        content.setMinHeight("10rem");
        content.setWidthFull();
        content.setHelperText(getTranslation("feedback.public.content.help", PublicSubmissions.CONTENT_MAX));
        content.setId("submit-content");
        name.setLabel(getTranslation("feedback.reporter.name"));
        address.setLabel(getTranslation("feedback.reporter.address"));
        phone.setLabel(getTranslation("feedback.reporter.phone"));
        idNumber.setLabel(getTranslation("feedback.reporter.id-number"));
        Paragraph identityNote = new Paragraph(getTranslation("feedback.public.identity.note"));
        identityNote.addClassName("page-intro");
        Paragraph filesNote = new Paragraph(getTranslation("feedback.public.files.note", limits.maxFiles(), limits.maxFileMegabytes()));
        filesNote.addClassName("page-intro");
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png");
        // the administrator's limits hold on the server too; a page left or closed lets go of its files
        BoundedUpload.on(upload, limits.maxFileMegabytes() * 1024L * 1024L, limits.maxFiles(),
                (fileName, bytes) -> files.add(new PublicSubmissions.SentFile(fileName, bytes)));
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.name().equals(e.getFileName())));
        addDetachListener(e -> files.clear());
        upload.setVisible(limits.maxFiles() > 0);
        filesNote.setVisible(limits.maxFiles() > 0);
        question.addClassName("challenge-question");
        question.setAlt(getTranslation("feedback.public.check.picture"));
        another.setText(getTranslation("feedback.public.check.another"));
        another.addThemeVariants(ButtonVariant.TERTIARY);
        another.addClickListener(e -> newChallenge());
        answer.setLabel(getTranslation("feedback.public.answer"));
        answer.setId("submit-answer");
        answer.setWidth("10rem");
        send.setText(getTranslation("feedback.public.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("submit-send");
        send.addClickListener(e -> send());
        send.setDisableOnClick(true);
        HorizontalLayout check = new HorizontalLayout(answer, send);
        check.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("submit-form");
        form.setPadding(true);
        form.add(intro, row(kind, subjectName, subjectPosition), row(subjectUnit), content,
                new H3(getTranslation("feedback.reporter")), identityNote, row(name, phone), row(address, idNumber),
                new H3(getTranslation("feedback.public.files")), filesNote, upload,
                new H3(getTranslation("feedback.public.check")), new Paragraph(getTranslation("feedback.public.check.help")),
                new HorizontalLayout(question, another), check);
        result.setId("submit-result");
        result.addClassName("submit-result");
        result.setVisible(false);
        add(form, result, new Anchor("tra-cuu", getTranslation("feedback.public.lookup")));
        newChallenge();
    }

    private void newChallenge() {
        challenge = submissions.challenge();
        question.setSrc(ChallengePicture.dataUrl(challenge.question()));
        answer.clear();
    }

    private void send() {
        try {
            String code = submissions.submit(new PublicSubmissions.Submission(kind.getValue(), subjectName.getValue(),
                    subjectPosition.getValue(), subjectUnit.getValue(), content.getValue(), name.getValue(), address.getValue(),
                    phone.getValue(), idNumber.getValue()), List.copyOf(files), challenge, answer.getValue(), clientAddress.current());
            form.setVisible(false);
            Paragraph codeText = new Paragraph(code);
            codeText.addClassName("receipt-code");
            codeText.setId("submit-code");
            result.add(new H3(getTranslation("feedback.public.sent")), codeText,
                    new Paragraph(getTranslation("feedback.public.sent.text")));
            boolean unnamed = name.getValue().isBlank() || address.getValue().isBlank();
            if (kind.getValue() != null && kind.getValue().isDenunciation() && unnamed) { // said so (Law on Denunciations, art. 25)
                Paragraph asInformation = new Paragraph(getTranslation("feedback.denunciation.recorded-as-information"));
                asInformation.setId("submit-as-information");
                result.add(asInformation);
            }
            result.setVisible(true);
            files.clear(); // stored with the case; the page holds nothing more
        } catch (UserFacingException refused) {
            Paragraph why = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            why.addClassName("submit-error");
            why.setId("submit-error");
            form.getChildren().filter(c -> c.getId().filter("submit-error"::equals).isPresent()).toList().forEach(form::remove);
            form.addComponentAtIndex(form.indexOf(question.getParent().orElseThrow()), why);
            newChallenge(); // what was typed stays; a new check for the next attempt
        } finally {
            send.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.public.title");
    }
}
