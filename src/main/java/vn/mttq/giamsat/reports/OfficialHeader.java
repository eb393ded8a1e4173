package vn.mttq.giamsat.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.Texts;

/**
 * Values for the official header and signature (Decree 30/2020): issuing body, number line,
 * "place, ngày d tháng M năm y". Documents are always in Vietnamese, whatever the UI language.
 */
@Component
public class OfficialHeader {

    private final String place;

    OfficialHeader(@Value("${app.reports.place:Hòa Bình}") String place) {
        this.place = place;
    }

    /**
     * For a document that carries a number from the register: "Số: 01/KH-MTTQ-BTT"; without one
     * (a draft), the number is left blank before the symbol, as on a paper draft.
     */
    public Map<String, Object> numbered(String issuingUnitName, @Nullable String numberSymbol, String blankSymbol, LocalDate date) {
        Map<String, Object> p = parameters(issuingUnitName, blankSymbol, date);
        if (numberSymbol != null) {
            p.put("DOCUMENT_NUMBER", Texts.vi("report.header.number-issued", numberSymbol));
        }
        return p;
    }

    Map<String, Object> parameters(String issuingUnitName, String documentSymbol, LocalDate date) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUER_PARENT", issuingUnitName.toUpperCase(Texts.VIETNAMESE));
        p.put("ISSUER", Texts.vi("report.header.issuer"));
        p.put("DOCUMENT_NUMBER", Texts.vi("report.header.number", documentSymbol));
        // numbers as strings: MessageFormat would print the year as "2,026"
        p.put("PLACE_AND_DATE", Texts.vi("report.header.place-date", place,
                String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())));
        p.put("RECIPIENTS_LABEL", Texts.vi("report.recipients"));
        p.put("SIGNATURE_ON_BEHALF", Texts.vi("report.signature.on-behalf"));
        p.put("SIGNATURE_TITLE", Texts.vi("report.signature.title"));
        return p;
    }
}
