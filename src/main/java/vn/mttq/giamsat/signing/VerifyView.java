package vn.mttq.giamsat.signing;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.mttq.giamsat.base.security.ClientAddress;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.BoundedUpload;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.PortalMark;
import vn.mttq.giamsat.base.ui.PublicPages;
import vn.mttq.giamsat.base.ui.PortalUpload;

/**
 * The public verify page (issue 26): anyone who received a document checks it here, by uploading the
 * PDF or by its number and symbol; the QR code on each issued document opens this page with the
 * number filled in. It says whether the signature is intact, who signed and when, and whether the file
 * is the very one the portal issued; it never shows a document's title or content.
 */
@Route(value = "xac-thuc-van-ban", autoLayout = false)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_MEGABYTES = 20;

    final PortalUpload upload = new PortalUpload();
    final TextField symbol = FieldLimits.limit(new TextField(), 120);
    final PortalDatePicker issuedOn;
    final Button lookUp = new Button();
    final Div result = new Div();
    private final DocumentVerification verification;
    private final ClientAddress clientAddress;

    VerifyView(DocumentVerification verification, ClientAddress clientAddress) {
        this.verification = verification;
        this.clientAddress = clientAddress;
        PublicPages.Header header = PublicPages.dress(this, getTranslation("verify.title"));
        PortalMark mark = header.mark();
        H1 heading = header.title();
        Paragraph intro = new Paragraph(getTranslation("verify.intro"));
        intro.addClassName("page-intro");

        Paragraph fileHelp = new Paragraph(getTranslation("verify.file.help", MAX_MEGABYTES));
        fileHelp.addClassName("page-intro");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setId("verify-upload");
        BoundedUpload.on(upload, MAX_MEGABYTES * 1024L * 1024L, 1, (name, bytes) -> show(verification.verifyFile(bytes, clientAddress.current())));

        symbol.setLabel(getTranslation("verify.symbol"));
        symbol.setPlaceholder(getTranslation("verify.symbol.placeholder"));
        symbol.setId("verify-symbol");
        symbol.setWidth("18rem");
        issuedOn = new PortalDatePicker(getTranslation("verify.date"));
        issuedOn.setWidth("14rem");
        lookUp.setText(getTranslation("verify.look-up"));
        lookUp.addThemeVariants(ButtonVariant.PRIMARY);
        lookUp.setId("verify-look-up");
        lookUp.addClickListener(e -> lookUp());
        lookUp.addClickShortcut(Key.ENTER);
        HorizontalLayout byNumber = new HorizontalLayout(symbol, issuedOn, lookUp);
        byNumber.setAlignItems(FlexComponent.Alignment.BASELINE);
        byNumber.setWrap(true);

        result.setId("verify-result");
        result.addClassName("submit-result");
        result.setVisible(false);
        VerticalLayout form = new VerticalLayout(intro, new H3(getTranslation("verify.file")), fileHelp, upload,
                new H3(getTranslation("verify.or")), byNumber);
        form.addClassName("submit-form");
        form.setPadding(true);
        add(mark, heading, form, result, new Anchor("login", getTranslation("verify.back")));
    }

    /** The QR code's link: {@code xac-thuc-van-ban?so=05/KH-MTTQ-BTT&ngay=2026-11-02} looks the number up at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        List<String> so = parameters.getParameters().getOrDefault("so", List.of());
        if (!so.isEmpty() && !so.getFirst().isBlank()) {
            symbol.setValue(so.getFirst().length() > 120 ? so.getFirst().substring(0, 120) : so.getFirst());
            List<String> day = parameters.getParameters().getOrDefault("ngay", List.of());
            try {
                issuedOn.setValue(day.isEmpty() ? null : LocalDate.parse(day.getFirst()));
            } catch (DateTimeParseException ignored) {
                issuedOn.setValue(null); // a mangled link still looks the number up
            }
            lookUp();
        }
    }

    void lookUp() {
        if (symbol.getValue().isBlank()) {
            symbol.setErrorMessage(getTranslation("verify.error.symbol"));
            symbol.setInvalid(true);
            return;
        }
        symbol.setInvalid(false);
        List<DocumentVerification.Entry> found = verification.lookUp(symbol.getValue(), issuedOn.getValue(), clientAddress.current());
        result.removeAll();
        result.removeClassNames("verify-good", "verify-bad");
        if (found.isEmpty()) {
            result.add(line("verify.found.none"));
            result.addClassName("verify-bad");
        }
        for (DocumentVerification.Entry e : found) {
            result.add(line("verify.found.entry", e.symbol(), e.unitName(), PortalFormats.date(e.issuedOn())));
            result.add(e.signed() ? line("verify.found.signed", PortalFormats.dateTime(e.signedAt()), e.sha256())
                    : line("verify.found.unsigned"));
            if (e.demo()) {
                result.add(line("verify.result.demo"));
            }
            result.addClassName("verify-good");
        }
        result.setVisible(true);
    }

    void show(DocumentVerification.Verdict v) {
        result.removeAll();
        result.removeClassNames("verify-good", "verify-bad");
        boolean good = v.readable() && v.signed() && v.intact();
        result.addClassName(good ? "verify-good" : "verify-bad");
        if (!v.readable()) {
            result.add(line("verify.result.unreadable"));
        } else if (!v.signed()) {
            result.add(line("verify.result.unsigned"));
        } else {
            result.add(line(v.intact() ? "verify.result.intact" : "verify.result.broken"));
            if (v.signer() != null) {
                result.add(line("verify.result.signer", v.signer()));
            }
            if (v.issuer() != null) {
                result.add(line("verify.result.issuer", v.issuer()));
            }
            if (v.signedAt() != null) {
                result.add(line("verify.result.time", PortalFormats.dateTime(v.signedAt())));
            }
            if (v.timeStamped()) {
                result.add(line("verify.result.time-stamped"));
            }
        }
        if (v.issued() != null) {
            result.add(line("verify.result.issued", v.issued().symbol(), v.issued().unitName(), PortalFormats.date(v.issued().issuedOn())));
            if (v.issued().demo()) {
                result.add(line("verify.result.demo"));
            }
        } else if (v.readable()) {
            result.add(line("verify.result.not-issued"));
        }
        result.setVisible(true);
    }

    private Paragraph line(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
