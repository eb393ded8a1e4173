package vn.mttq.giamsat.feedback;

/** What the person brought (domain glossary): comments under Decision 99, reports, petitions, denunciations. */
public enum CaseKind {
    COMMENT_PARTY_COMMITTEE, COMMENT_ORGANISATION, COMMENT_CADRE, COMMENT_PARTY_MEMBER, REPORT, PETITION,
    DENUNCIATION_CORRUPTION, DENUNCIATION_WASTE, OTHER;

    public boolean isDenunciation() {
        return this == DENUNCIATION_CORRUPTION || this == DENUNCIATION_WASTE;
    }
}
