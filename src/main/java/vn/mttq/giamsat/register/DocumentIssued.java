package vn.mttq.giamsat.register;

/** A document has been numbered from the register (published inside the issuing transaction). */
public record DocumentIssued(IssuedDocument document) {
}
