package vn.mttq.giamsat.supervision;

/** Whom Regulation 124 names as supervised: heads of units, key cadres, cadres, party members. */
public enum SubjectCategory {
    HEAD, KEY_CADRE, CADRE, PARTY_MEMBER
}
