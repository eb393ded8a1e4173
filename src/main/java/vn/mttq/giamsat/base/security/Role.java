package vn.mttq.giamsat.base.security;

/**
 * What an account may do. The data it may see is decided separately by its unit
 * (organisation's DataScopeService).
 */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Ban Thường trực Ủy ban MTTQ tỉnh. */
    LEADER,
    /** Cán bộ các ban chuyên môn tỉnh (DC-PL, TC-TG, Văn phòng). */
    DEPARTMENT_STAFF,
    /** Cán bộ Ban Thường trực MTTQ cấp huyện (or the direct sub-unit of the province). */
    DISTRICT_STAFF,
    /** Tổ chức chính trị - xã hội thành viên. */
    MEMBER_ORGANISATION;

    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name();
    }

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String LEADER = "LEADER";
        public static final String DEPARTMENT_STAFF = "DEPARTMENT_STAFF";
        public static final String DISTRICT_STAFF = "DISTRICT_STAFF";
        public static final String MEMBER_ORGANISATION = "MEMBER_ORGANISATION";

        private Names() {
        }
    }
}
