package vn.mttq.giamsat.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Values for the official header and signature (Decree 30/2020): issuing body, number line,
 * "place, ngày d tháng M năm y". Documents are always in Vietnamese, whatever the UI language.
 */
@Component
public class OfficialHeader {

    private final String place;
    private final RecipientDirectory directory;

    OfficialHeader(@Value("${app.reports.place:Hòa Bình}") String place, RecipientDirectory directory) {
        this.place = place;
        this.directory = directory;
    }

    /**
     * For a document that carries a number from the register: "Số: 01/KH-MTTQ-BTT"; without one
     * (a draft), the number is left blank before the symbol, as on a paper draft.
     */
    public Map<String, Object> numbered(long issuingUnitId, @Nullable String numberSymbol, String blankSymbol, LocalDate date) {
        Map<String, Object> p = parameters(issuingUnitId, blankSymbol, date);
        if (numberSymbol != null) {
            p.put("DOCUMENT_NUMBER", Texts.vi("report.header.number-issued", numberSymbol));
        }
        return p;
    }

    /**
     * The issuing unit's full name in capitals and its signer: Decree 30/2020, Annex I, II.9 puts the
     * signer's title ("CHỦ TỊCH", kept per unit in admin/don-vi) and under the signature the full name.
     * Without a kept name the line stays empty for the signer to write in.
     */
    Map<String, Object> parameters(long issuingUnitId, String documentSymbol, LocalDate date) {
        Map<String, Object> p = new HashMap<>();
        RecipientDirectory.Signer signer = directory.signer(issuingUnitId);
        p.put("ISSUER_PARENT", directory.unitName(issuingUnitId).toUpperCase(Texts.VIETNAMESE));
        p.put("ISSUER", Texts.vi("report.header.issuer"));
        p.put("DOCUMENT_NUMBER", Texts.vi("report.header.number", documentSymbol));
        // numbers as strings: MessageFormat would print the year as "2,026"
        p.put("PLACE_AND_DATE", placeAndDate(place, date));
        p.put("RECIPIENTS_LABEL", Texts.vi("report.recipients"));
        p.put("SIGNATURE_ON_BEHALF", Texts.vi("report.signature.on-behalf"));
        p.put("SIGNATURE_TITLE", signer.title() == null ? Texts.vi("report.signature.title") : signer.title().toUpperCase(Texts.VIETNAMESE));
        p.put("SIGNER_NAME", signer.name() == null ? "" : signer.name());
        return p;
    }

    /**
     * "Hòa Bình, ngày 02 tháng 11 năm 2026": Decree 30/2020, Annex I, II.5.b writes a day below 10 and
     * the months 1 and 2 with a leading zero (so "ngày 05 tháng 02", but "tháng 3").
     */
    static String placeAndDate(String place, LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue()) : String.valueOf(date.getMonthValue());
        return Texts.vi("report.header.place-date", place, day, month, String.valueOf(date.getYear()));
    }
}
