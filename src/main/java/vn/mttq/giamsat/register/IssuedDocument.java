package vn.mttq.giamsat.register;

import java.time.LocalDate;

/** A number taken from the register: {@code symbol} is the full "số/ký hiệu" printed on the document. */
public record IssuedDocument(long id, long unitId, int year, int number, String documentType, String symbol,
                             String sourceType, String sourceId, String title, LocalDate issuedOn) {
}
