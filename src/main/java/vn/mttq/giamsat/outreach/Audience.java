package vn.mttq.giamsat.outreach;

/** Who attended, as the plan names its audiences (II.2). */
public enum Audience {
    FRONT_CADRES, MEMBER_CADRES, INSPECTION_BOARDS, RESIDENTIAL_HEADS, PARTY_MEMBERS, PEOPLE
}
