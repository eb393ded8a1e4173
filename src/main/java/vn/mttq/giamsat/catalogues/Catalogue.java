package vn.mttq.giamsat.catalogues;

/** The reference lists; each entry names its legal source in {@link CatalogueEntry#getSource()}. */
public enum Catalogue {
    MANIFESTATION,
    PROHIBITION,
    SUPERVISION_FORM,
    COMMENT_CHANNEL,
    PROPAGANDA_FORM,
    LEGAL_BASIS;

    public String translationKey() {
        return "catalogue." + name();
    }
}
