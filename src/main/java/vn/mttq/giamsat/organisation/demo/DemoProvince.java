package vn.mttq.giamsat.organisation.demo;

import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.base.security.Role;

/**
 * The demo province seeded into an empty embedded database: a provincial Front with its
 * departments, the five member organisations, eight districts and a few communes each.
 * Names follow Hòa Bình province before the 2025 merger; the data is fictitious.
 */
public final class DemoProvince {

    public static final String PASSWORD = "Demo@124";
    /** Demo e-mail addresses use the reserved example domain: nothing leaves the machine. */
    public static final String MAIL_DOMAIN = "@mttq-hoabinh.example.org";

    public record District(String code, String name, List<String> communes) {
    }

    public record DemoAccount(String username, String fullName, Role role, String unitCode) {
    }

    public static final String PROVINCE_CODE = "HB";
    public static final String PROVINCE_NAME = "Ủy ban MTTQ Việt Nam tỉnh Hòa Bình";

    public static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"HB-DCPL", "Ban Dân chủ - Pháp luật"},
            new String[] {"HB-TCTG", "Ban Tổ chức - Tuyên giáo"},
            new String[] {"HB-VP", "Văn phòng Ủy ban MTTQ tỉnh"});

    public static final List<String[]> MEMBER_ORGANISATIONS = List.of(
            new String[] {"HB-LDLD", "Liên đoàn Lao động tỉnh"},
            new String[] {"HB-HND", "Hội Nông dân tỉnh"},
            new String[] {"HB-HLHPN", "Hội Liên hiệp Phụ nữ tỉnh"},
            new String[] {"HB-DTN", "Tỉnh đoàn (Đoàn TNCS Hồ Chí Minh)"},
            new String[] {"HB-HCCB", "Hội Cựu chiến binh tỉnh"});

    public static final List<District> DISTRICTS = List.of(
            new District("HB-TP", "Ủy ban MTTQ thành phố Hòa Bình", List.of("Phường Đồng Tiến", "Phường Phương Lâm", "Xã Hòa Bình")),
            new District("HB-DB", "Ủy ban MTTQ huyện Đà Bắc", List.of("Thị trấn Đà Bắc", "Xã Tú Lý", "Xã Đồng Chum")),
            new District("HB-LS", "Ủy ban MTTQ huyện Lương Sơn", List.of("Thị trấn Lương Sơn", "Xã Cư Yên", "Xã Liên Sơn", "Xã Nhuận Trạch")),
            new District("HB-KB", "Ủy ban MTTQ huyện Kim Bôi", List.of("Thị trấn Bo", "Xã Vĩnh Đồng", "Xã Nam Thượng")),
            new District("HB-CP", "Ủy ban MTTQ huyện Cao Phong", List.of("Thị trấn Cao Phong", "Xã Bắc Phong")),
            new District("HB-TL", "Ủy ban MTTQ huyện Tân Lạc", List.of("Thị trấn Mãn Đức", "Xã Quy Hậu", "Xã Tử Nê")),
            new District("HB-MC", "Ủy ban MTTQ huyện Mai Châu", List.of("Thị trấn Mai Châu", "Xã Chiềng Châu", "Xã Đồng Tân")),
            new District("HB-LSN", "Ủy ban MTTQ huyện Lạc Sơn", List.of("Thị trấn Vụ Bản", "Xã Ân Nghĩa", "Xã Yên Phú", "Xã Định Cư")));

    /** Who signs each committee's documents (fictitious people): the province's chairwoman is the demo leader. */
    public static final Map<String, String> SIGNERS = Map.of(
            PROVINCE_CODE, "Nguyễn Thị Hồng Vân", "HB-TP", "Trần Quang Minh", "HB-DB", "Xa Văn Thành",
            "HB-LS", "Quách Thị Hạnh", "HB-KB", "Bạch Công Sơn", "HB-CP", "Lê Thị Thu Hà", "HB-TL", "Đinh Văn Khải",
            "HB-MC", "Hà Thị Nguyệt", "HB-LSN", "Bùi Văn Tiến");

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", Role.ADMIN, PROVINCE_CODE),
            new DemoAccount("lanhdao", "Nguyễn Thị Hồng Vân", Role.LEADER, PROVINCE_CODE),
            new DemoAccount("dcpl", "Đỗ Khắc Huấn", Role.DEPARTMENT_STAFF, "HB-DCPL"),
            new DemoAccount("luongson", "Bùi Văn Thắng", Role.DISTRICT_STAFF, "HB-LS"),
            new DemoAccount("hoinongdan", "Đinh Thị Lụa", Role.MEMBER_ORGANISATION, "HB-HND"));

    private DemoProvince() {
    }
}
