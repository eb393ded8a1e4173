package vn.mttq.giamsat.feedback.demo;

import vn.mttq.giamsat.feedback.CaseIntake;
import vn.mttq.giamsat.feedback.CaseKind;
import vn.mttq.giamsat.feedback.CaseService;
import vn.mttq.giamsat.feedback.CaseStatus;
import vn.mttq.giamsat.feedback.Channel;
import vn.mttq.giamsat.feedback.FeedbackCase;
import vn.mttq.giamsat.feedback.FeedbackCaseRepository;
import vn.mttq.giamsat.feedback.IdentityVault;
import vn.mttq.giamsat.feedback.PublicSubmissions;
import vn.mttq.giamsat.feedback.ReceiptCodes;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;

/**
 * People's cases of several kinds and channels in several states for the demo province, some
 * named (their identities sealed like real ones), most anonymous, some overdue today, one sent
 * through the portal. Names and codes are fictitious; the first case's receipt code is fixed so
 * that README can name it for trying the public lookup.
 */
@Component
class DemoFeedback {

    /** The demo case whose code README gives for the public lookup. */
    static final String DEMO_CODE = "DEMO-2026-0001";

    private final FeedbackCaseRepository cases;
    private final CaseIntake caseService;
    private final IdentityVault vault;
    private final WorkingCalendar calendar;
    private final JdbcTemplate jdbc;
    private final DeadlineService deadlines;
    private final Clock clock = Clock.systemUTC();
    private DemoProvinceSeeded seeded;
    private LocalDate today;

    DemoFeedback(FeedbackCaseRepository cases, CaseIntake caseService, IdentityVault vault, WorkingCalendar calendar, JdbcTemplate jdbc,
                 DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.caseService = caseService;
        this.vault = vault;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(DemoProvinceSeeded seeded) {
        if (seeded.unitIdsByCode().get("HB") == null) {
            return;
        }
        this.seeded = seeded;
        this.today = LocalDate.now(PortalFormats.VIETNAM);
        FeedbackCase told = make(DEMO_CODE, "HB", Channel.LETTER, 70, CaseKind.PETITION, "", "", "UBND xã Tú Lý, huyện Đà Bắc",
                "Đề nghị công khai danh sách hộ được hỗ trợ làm nhà ở năm nay.", null, "dcpl");
        through(told, CaseStatus.TOLD, "Ủy ban nhân dân huyện Đà Bắc", 60, null, false);
        FeedbackCase overdue = make(null, "HB-LS", Channel.IN_PERSON, 45, CaseKind.DENUNCIATION_CORRUPTION, "Lê Văn Tâm",
                "Trưởng phòng Tài nguyên và Môi trường", "UBND huyện Lương Sơn",
                "Người dân phản ánh cán bộ nhận tiền để hợp thức hóa hồ sơ cấp giấy chứng nhận quyền sử dụng đất.", "Nguyễn Văn Hải", "luongson");
        through(overdue, CaseStatus.AWAITING_ANSWER, "Ủy ban Kiểm tra Huyện ủy Lương Sơn", -2, null, false);
        FeedbackCase soon = make(null, "HB", Channel.HOTLINE, 30, CaseKind.REPORT, "", "", "Bộ phận một cửa UBND thành phố Hòa Bình",
                "Cán bộ một cửa hẹn nhiều lần, yêu cầu bổ sung giấy tờ không có trong quy định.", null, "dcpl");
        through(soon, CaseStatus.AWAITING_ANSWER, "UBND thành phố Hòa Bình", 3, null, false);
        FeedbackCase comment = make(null, "HB", Channel.CONFERENCE, 20, CaseKind.COMMENT_PARTY_MEMBER, "Đinh Công Bằng",
                "Bí thư chi bộ", "xóm Đồng Bến, xã Vĩnh Đồng", "Góp ý đảng viên chưa gương mẫu trong việc đóng góp xây dựng đường giao thông nông thôn.",
                "Bùi Thị Nga", "dcpl");
        through(comment, CaseStatus.AWAITING_ANSWER, "Đảng ủy xã Vĩnh Đồng", 0, today.plusDays(40), false);
        FeedbackCase waste = make(null, "HB-KB", Channel.MAILBOX, 12, CaseKind.DENUNCIATION_WASTE, "", "", "Ban quản lý dự án huyện Kim Bôi",
                "Công trình nhà văn hóa xây xong bỏ không hơn một năm, xuống cấp.", null, null);
        through(waste, CaseStatus.ASSIGNED, null, 0, null, false);
        // sent through the people's page: the same path as gui-y-kien takes once the person-check passed
        caseService.receiveOnline(new CaseService.Intake(Channel.ONLINE, today, CaseKind.REPORT, "", "", "UBND xã Quy Hậu, huyện Tân Lạc",
                "Đề nghị làm rõ các khoản thu quỹ tại thôn Bắc Hưng năm nay, người dân chưa được công khai.", null, null, null, null),
                PublicSubmissions.PAGE);
        FeedbackCase committee = make(null, "HB-TL", Channel.WEBSITE, 8, CaseKind.COMMENT_PARTY_COMMITTEE, "", "",
                "Đảng ủy thị trấn Mãn Đức", "Góp ý cấp ủy chậm giải quyết kiến nghị của cử tri về nước sinh hoạt.", null, null);
        committee.classified("MANIFESTATION:DD-02");
        cases.save(committee);
        FeedbackCase organisation = make(null, "HB-KB", Channel.CONFERENCE, 25, CaseKind.COMMENT_ORGANISATION, "", "",
                "Hội Nông dân xã Nam Thượng", "Góp ý việc cho vay vốn ưu đãi chưa công khai danh sách hộ vay.", null, "dcpl");
        organisation.forwarded("Hội Nông dân huyện Kim Bôi", today.minusDays(20));
        cases.save(organisation);
        // sent on to a member organisation, which follows it itself
        make(null, "HB-HND", Channel.MAILBOX, 10, CaseKind.COMMENT_ORGANISATION, "", "", "Chi hội Nông dân xóm Mới, xã Tú Lý",
                "Góp ý chi hội thu hội phí cao hơn mức đã thống nhất.", null, "hoinongdan");
        FeedbackCase cadre = make(null, "HB", Channel.HOTLINE, 50, CaseKind.COMMENT_CADRE, "Trần Văn Khoa", "Phó Chủ tịch UBND xã",
                "UBND xã Cư Yên, huyện Lương Sơn", "Góp ý cán bộ có thái độ hách dịch khi tiếp công dân.", "Phạm Thị Lan", "dcpl");
        through(cadre, CaseStatus.ANSWERED, "Ủy ban nhân dân huyện Lương Sơn", 0, null, false);
        FeedbackCase closed = make(null, "HB", Channel.LETTER, 120, CaseKind.DENUNCIATION_CORRUPTION, "Hà Văn Sơn", "Kế toán",
                "UBND xã Bắc Phong, huyện Cao Phong", "Tố cáo kế toán xã lập chứng từ khống để chi tiền hỗ trợ.", null, "dcpl");
        through(closed, CaseStatus.TOLD, "Thanh tra huyện Cao Phong", 0, null, true);
        closed.finished(CaseStatus.CLOSED, closed.getToldOn(), null);
        cases.save(closed);
        FeedbackCase outside = make(null, "HB", Channel.EMAIL, 15, CaseKind.PETITION, "", "", "Công ty điện lực",
                "Kiến nghị về giá điện sinh hoạt bậc thang.", null, null);
        outside.outsideCompetence("Công ty Điện lực Hòa Bình", today.minusDays(14), "Không thuộc nội dung giám sát đạo đức, lối sống; chuyển đơn vị có thẩm quyền.");
        cases.save(outside);
        FeedbackCase repeated = make(null, "HB-LS", Channel.LETTER, 40, CaseKind.DENUNCIATION_CORRUPTION, "Lê Văn Tâm",
                "Trưởng phòng Tài nguyên và Môi trường", "UBND huyện Lương Sơn", "Đơn thứ hai cùng nội dung hợp thức hóa hồ sơ đất.", null, null);
        repeated.mergedInto(overdue.getId(), today.minusDays(38));
        cases.save(repeated);
        jdbc.query("SELECT id FROM supervision_activity WHERE unit_id = ? ORDER BY id LIMIT 1", rs -> {
            overdue.linkedTo(rs.getLong(1)); // the district's supervision took this denunciation up
            cases.save(overdue);
        }, seeded.unitIdsByCode().get("HB-LS"));
        make(null, "HB", Channel.EMAIL, 1, CaseKind.OTHER, "", "", "", "Hỏi thủ tục góp ý cho cán bộ, đảng viên nơi cư trú.", null, null);
        FeedbackCase rejected = make(null, "HB-LS", Channel.LETTER, 40, CaseKind.REPORT, "", "", "", "Đơn không ghi nội dung cụ thể, chỉ có lời lẽ xúc phạm.",
                null, null);
        rejected.finished(CaseStatus.REJECTED, today.minusDays(35), "Không có nội dung phản ánh cụ thể để xem xét.");
    }

    private FeedbackCase make(@Nullable String code, String unit, Channel channel, int daysAgo, CaseKind kind, String subject, String position,
                              String subjectUnit, String content, @Nullable String reporter, @Nullable String handler) {
        FeedbackCase c = new FeedbackCase(code == null ? ReceiptCodes.next() : code, seeded.unitIdsByCode().get(unit), "demo", clock.instant());
        c.describe(channel, today.minusDays(daysAgo), kind, subject, position, subjectUnit, content);
        c.sealedIdentity(vault.seal(reporter), reporter == null ? null : vault.seal("Xóm Mỏ, xã Cư Yên, huyện Lương Sơn"),
                reporter == null ? null : vault.seal("0912 000 111"), null);
        if (handler != null) {
            c.classified("OTHER");
            c.assigned(seeded.accountIdsByUsername().get(handler));
        }
        return cases.save(c);
    }

    /**
     * Takes an assigned case along its steps; for one awaiting an answer, the body's receipt is
     * chosen so that {@code daysLeft} working days remain (negative: overdue), or the promised date.
     */
    private void through(FeedbackCase c, CaseStatus until, @Nullable String body, int daysLeft, @Nullable LocalDate promised, boolean late) {
        if (until == CaseStatus.ASSIGNED || body == null) {
            return;
        }
        LocalDate received = until == CaseStatus.AWAITING_ANSWER && promised == null ? receivedFor(daysLeft) : c.getReceivedOn().plusDays(3);
        c.forwarded(body, received.minusDays(1).isBefore(c.getReceivedOn()) ? c.getReceivedOn() : received.minusDays(1));
        LocalDate due = promised != null ? promised : calendar.dueDate(received, CaseService.STANDARD_DAYS);
        c.bodyReceived(received, promised, due);
        boolean answered = until != CaseStatus.AWAITING_ANSWER;
        if (answered) {
            LocalDate on = calendar.dueDate(received, late ? 24 : 12);
            c.answered(on, "Số 25/UBND-VP", "UBND huyện đã niêm yết công khai danh sách tại trụ sở xã và trên loa truyền thanh.");
            if (until != CaseStatus.ANSWERED) {
                c.told(on.plusDays(3), "Thư gửi người kiến nghị");
            }
        }
        deadlines.registerWhileSeeding(new DeadlineRequest(CaseService.SOURCE_TYPE, String.valueOf(c.getId()), CaseService.title(c),
                "phan-anh/" + c.getId(), c.getFollowingUnitId(), c.getHandlerAccountId(), received,
                promised == null ? CaseService.STANDARD_DAYS : Math.max(1, calendar.workingDaysBetween(received, promised))), due,
                answered ? c.getAnsweredOn() : null);
        cases.save(c);
    }

    private LocalDate receivedFor(int daysLeft) {
        return calendar.receivedLeaving(today, CaseService.STANDARD_DAYS, daysLeft);
    }
}
