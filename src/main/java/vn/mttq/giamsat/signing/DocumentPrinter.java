package vn.mttq.giamsat.signing;

/**
 * A feature that prints numbered documents (plans, supervision documents, periodic reports): it
 * prints the PDF of one of its records as issued, through {@link SignedDocuments#issuedPdf}, so that
 * the signing module can have an issued document signed without knowing the feature (the demo's
 * documents are signed this way after start-up).
 */
public interface DocumentPrinter {

    /** The register's source type of the records this feature prints ("plan", "supervision"…). */
    String sourceType();

    /** The issued PDF of a record's document of this register kind, signed when a key is at hand. */
    byte[] issuedPdf(String sourceId, String documentType);
}
