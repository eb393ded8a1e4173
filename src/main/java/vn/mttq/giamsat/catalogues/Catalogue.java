package vn.mttq.giamsat.catalogues;

/** The reference lists; each entry names its legal source in {@link CatalogueEntry#getSource()}. */
public enum Catalogue {
    MANIFESTATION,
    PROHIBITION,
    /** Đạo đức công vụ: the third source of supervised content points (provincial plan, II.4). */
    PUBLIC_ETHICS,
    SUPERVISION_FORM,
    COMMENT_CHANNEL,
    PROPAGANDA_FORM,
    LEGAL_BASIS;

    public String translationKey() {
        return "catalogue." + name();
    }
}
