package vn.mttq.giamsat.supervision.demo;

import vn.mttq.giamsat.supervision.Activity;
import vn.mttq.giamsat.supervision.ActivityRepository;
import vn.mttq.giamsat.supervision.ActivityService;
import vn.mttq.giamsat.supervision.ActivityStatus;
import vn.mttq.giamsat.supervision.ContentPoint;
import vn.mttq.giamsat.supervision.DelegationMember;
import vn.mttq.giamsat.supervision.DelegationMemberRepository;
import vn.mttq.giamsat.supervision.DelegationRole;
import vn.mttq.giamsat.supervision.Finding;
import vn.mttq.giamsat.supervision.FindingRepository;
import vn.mttq.giamsat.supervision.Outcome;
import vn.mttq.giamsat.supervision.Recommendation;
import vn.mttq.giamsat.supervision.RecommendationRepository;
import vn.mttq.giamsat.supervision.RecommendationService;
import vn.mttq.giamsat.supervision.Subject;
import vn.mttq.giamsat.supervision.SubjectCategory;
import vn.mttq.giamsat.supervision.SubjectRepository;
import vn.mttq.giamsat.supervision.WorkingSession;
import vn.mttq.giamsat.supervision.WorkingSessionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import vn.mttq.giamsat.register.DocumentRegister;

/**
 * Supervision in every state at province and district level for the demo province, dated from
 * the first start: delegations with member-organisation members, findings, letters to party
 * committees, answers on time, late and still awaited (some overdue today), so that the lists,
 * the home pages, the deadlines page and the overdue document show real rows. Names of persons
 * are fictitious. Seeding runs before anyone signs in, so deadline rows are written directly, the
 * way {@link RecommendationService#recordReceipt} registers them.
 */
@Component
class DemoSupervision {

    /** One demo recommendation: working days left when awaited (negative: overdue), or how it was answered. */
    private record Rec(String text, @Nullable Integer daysLeft, @Nullable Outcome outcome, boolean late, @Nullable String account) {
        static Rec awaiting(String text, @Nullable Integer daysLeft, @Nullable String account) {
            return new Rec(text, daysLeft, null, false, account);
        }

        static Rec answered(String text, Outcome outcome, boolean late) {
            return new Rec(text, null, outcome, late, null);
        }
    }

    private final ActivityRepository activities;
    private final SubjectRepository subjects;
    private final DelegationMemberRepository members;
    private final WorkingSessionRepository sessions;
    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final DocumentRegister register;
    private final WorkingCalendar calendar;
    private final JdbcTemplate jdbc;
    private final DeadlineService deadlines;
    private final Clock clock = Clock.systemUTC();
    private DemoProvinceSeeded seeded;
    private LocalDate today;

    DemoSupervision(ActivityRepository activities, SubjectRepository subjects, DelegationMemberRepository members,
                    WorkingSessionRepository sessions, FindingRepository findings, RecommendationRepository recommendations,
                    DocumentRegister register, WorkingCalendar calendar, JdbcTemplate jdbc,
                    DeadlineService deadlines) {
        this.activities = activities;
        this.subjects = subjects;
        this.members = members;
        this.sessions = sessions;
        this.findings = findings;
        this.recommendations = recommendations;
        this.register = register;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @EventListener
    @Order(30)
    void on(DemoProvinceSeeded seeded) {
        Long province = seeded.unitIdsByCode().get("HB");
        if (province == null) {
            return;
        }
        this.seeded = seeded;
        this.today = LocalDate.now(PortalFormats.VIETNAM);
        // the Standing Committee's symbols (Decree 30): reports carry their kind, letters none
        jdbc.update("INSERT INTO document_symbol (unit_id, document_type, pattern) VALUES (?, 'BC', '{số}/BC-MTTQ-BTT')", province);
        jdbc.update("INSERT INTO document_symbol (unit_id, document_type, pattern) VALUES (?, 'CV', '{số}/MTTQ-BTT')", province);

        Activity assets = delegation("HB", "Giám sát việc kê khai tài sản, thu nhập của cán bộ chủ chốt xã Cư Yên, huyện Lương Sơn",
                "Ban Thường vụ Tỉnh ủy", -45, -20, "HB-DCPL", "Đỗ Khắc Huấn", "Trưởng ban Dân chủ - Pháp luật");
        person(assets, "Trần Văn Bình", "Chủ tịch UBND", "xã Cư Yên", SubjectCategory.HEAD,
                "Kê khai chưa đầy đủ quyền sử dụng đất đứng tên người thân.", "PUBLIC_ETHICS", "DDCV-06");
        concluded(assets, "Việc kê khai tài sản, thu nhập năm qua chưa trung thực, chưa đầy đủ ở một số nội dung.");
        sent(assets, List.of(Rec.awaiting("Đề nghị chỉ đạo xác minh việc kê khai tài sản, thu nhập của Chủ tịch UBND xã Cư Yên", -2, "dcpl")));

        Activity ethics = delegation("HB", "Giám sát việc thực hiện quy tắc ứng xử của cán bộ Sở Tài nguyên và Môi trường",
                "Ban Thường vụ Tỉnh ủy", -40, -25, "HB", "Nguyễn Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ tỉnh");
        person(ethics, "Hà Văn Minh", "Phó Giám đốc", "Sở Tài nguyên và Môi trường", SubjectCategory.KEY_CADRE,
                "Có phản ánh về thái độ hách dịch khi giải quyết hồ sơ đất đai.", "PUBLIC_ETHICS", "DDCV-03");
        concluded(ethics, "Một số cán bộ còn biểu hiện hách dịch, gây phiền hà cho người dân.");
        sent(ethics, List.of(Rec.awaiting("Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo kiểm điểm, chấn chỉnh tác phong giải quyết hồ sơ đất đai", 3, "lanhdao")));

        Activity seeds = delegation("HB", "Giám sát việc hỗ trợ giống cây trồng cho hội viên nông dân", "Ban Thường vụ Tỉnh ủy",
                -10, 20, "HB-DCPL", "Đỗ Khắc Huấn", "Trưởng ban Dân chủ - Pháp luật");
        body(seeds, "Sở Nông nghiệp và Phát triển nông thôn");
        seeds.moveTo(ActivityStatus.IN_PROGRESS);
        session(seeds, -3, "Sở Nông nghiệp và Phát triển nông thôn", "Đoàn giám sát; lãnh đạo Sở; đại diện Hội Nông dân tỉnh");
        session(seeds, 3, "UBND huyện Tân Lạc", "Đoàn giám sát; lãnh đạo UBND huyện; hội viên nông dân xã Quy Hậu");

        Activity budget = delegation("HB", "Giám sát việc sử dụng kinh phí xây dựng nông thôn mới tại huyện Cao Phong",
                "Ban Thường vụ Tỉnh ủy", -30, -5, "HB-DCPL", "Đỗ Khắc Huấn", "Trưởng ban Dân chủ - Pháp luật");
        person(budget, "Bùi Thị Nhung", "Chủ tịch UBND", "xã Bắc Phong", SubjectCategory.HEAD,
                "Chậm công khai dự toán, quyết toán kinh phí với nhân dân.", "MANIFESTATION", "CT-04");
        concluded(budget, "Việc công khai tài chính chưa kịp thời; cần chấn chỉnh.");
        draft(budget, "Đề nghị chỉ đạo công khai dự toán, quyết toán kinh phí nông thôn mới tại xã Bắc Phong");

        Activity board = activity("HB", "TTND", "Giám sát qua Ban Thanh tra nhân dân việc thực hiện dân chủ ở cơ sở", "", 20, 50);
        body(board, "UBND huyện Đà Bắc");

        Activity lsReception = delegation("HB-LS", "Giám sát việc tiếp công dân của UBND huyện Lương Sơn", "Ban Thường vụ Huyện ủy Lương Sơn",
                -50, -30, "HB-LS", "Bùi Văn Thắng", "Chủ tịch Ủy ban MTTQ huyện");
        person(lsReception, "Nguyễn Đức Long", "Phó Chủ tịch UBND", "huyện Lương Sơn", SubjectCategory.KEY_CADRE,
                "Không tiếp công dân định kỳ theo lịch đã công bố trong 3 tháng.", "MANIFESTATION", "CT-04");
        concluded(lsReception, "Việc tiếp công dân định kỳ chưa nghiêm; có biểu hiện né tránh trách nhiệm.");
        sent(lsReception, List.of(Rec.awaiting("Đề nghị chấn chỉnh việc tiếp công dân của UBND huyện Lương Sơn, công khai lịch tiếp dân", -3, "luongson")));
        activity("HB-LS", "NGHIEN-CUU-VB", "Nghiên cứu báo cáo kết quả thực hiện quy chế dân chủ của các xã", "", 15, 40);
        Activity cancelled = activity("HB-LS", "DOAN-GS", "Giám sát việc quản lý đất công ích tại xã Nhuận Trạch", "", -20, 10);
        cancelled.cancelled("Trùng thời gian với đoàn kiểm tra của Ủy ban Kiểm tra Huyện ủy; chuyển sang quý sau.");

        // communes of Lương Sơn supervise too, so that the district's own dashboard has branches to compare
        Activity cuYen = delegation("HB-LS-2", "Giám sát việc công khai quy hoạch sử dụng đất xã Cư Yên", "Ban Thường vụ Đảng ủy xã Cư Yên",
                -35, -20, "HB-LS-2", "Nguyễn Văn Quý", "Chủ tịch Ủy ban MTTQ xã");
        body(cuYen, "UBND xã Cư Yên");
        concluded(cuYen, "Quy hoạch chưa được niêm yết tại nhà văn hóa các xóm.");
        sent(cuYen, List.of(Rec.awaiting("Đề nghị chỉ đạo niêm yết công khai quy hoạch sử dụng đất tại các xóm của xã Cư Yên", 14, null)));
        Activity town = delegation("HB-LS-1", "Giám sát việc thu các khoản đóng góp tự nguyện tại thị trấn Lương Sơn",
                "Ban Thường vụ Đảng ủy thị trấn Lương Sơn", -50, -30, "HB-LS-1", "Đinh Thị Hoa", "Chủ tịch Ủy ban MTTQ thị trấn");
        body(town, "UBND thị trấn Lương Sơn");
        concluded(town, "Một số khoản thu chưa được bàn bạc dân chủ với nhân dân.");
        sent(town, List.of(Rec.awaiting("Đề nghị rà soát, công khai các khoản đóng góp tự nguyện tại thị trấn Lương Sơn", -1, null)));

        Activity tp = delegation("HB-TP", "Giám sát việc thực hiện quy tắc ứng xử tại phường Đồng Tiến", "Ban Thường vụ Thành ủy Hòa Bình",
                -90, -70, "HB-TP", "Đinh Văn Hải", "Phó Chủ tịch Ủy ban MTTQ thành phố");
        person(tp, "Lê Thị Thu", "Phó Chủ tịch UBND", "phường Đồng Tiến", SubjectCategory.KEY_CADRE,
                "Giao tiếp với người dân chưa đúng mực tại bộ phận một cửa.", "PUBLIC_ETHICS", "DDCV-02");
        concluded(tp, "Cần chấn chỉnh văn hóa giao tiếp tại bộ phận một cửa.");
        Recommendation tpRec = sent(tp, List.of(Rec.answered("Đề nghị chấn chỉnh văn hóa giao tiếp tại bộ phận một cửa phường Đồng Tiến",
                Outcome.ACCEPTED, false))).getFirst();
        tpRec.done(today.minusDays(10), "UBND phường đã tổ chức kiểm điểm, niêm yết quy tắc ứng xử.");
        tp.moveTo(ActivityStatus.CLOSED);

        Activity db = delegation("HB-DB", "Giám sát tiến độ xây dựng nhà văn hóa xã Tú Lý", "Ban Thường vụ Huyện ủy Đà Bắc",
                -80, -60, "HB-DB", "Xa Văn Tình", "Chủ tịch Ủy ban MTTQ huyện");
        body(db, "UBND xã Tú Lý");
        concluded(db, "Công trình chậm tiến độ do giải ngân chậm.");
        sent(db, List.of(Rec.answered("Đề nghị chỉ đạo đẩy nhanh giải ngân, hoàn thành nhà văn hóa xã Tú Lý", Outcome.ACCEPTED, false)));

        Activity lsn = delegation("HB-LSN", "Giám sát việc sử dụng xe công tại UBND huyện Lạc Sơn", "Ban Thường vụ Huyện ủy Lạc Sơn",
                -85, -65, "HB-LSN", "Bùi Văn Khoa", "Chủ tịch Ủy ban MTTQ huyện");
        person(lsn, "Quách Văn Tuấn", "Chánh Văn phòng", "HĐND và UBND huyện Lạc Sơn", SubjectCategory.CADRE,
                "Sử dụng xe công vào việc riêng trong ngày nghỉ.", "PROHIBITION", "06");
        concluded(lsn, "Có vi phạm quy định về sử dụng tài sản công.");
        sent(lsn, List.of(Rec.answered("Đề nghị xem xét trách nhiệm cán bộ sử dụng xe công vào việc riêng", Outcome.VIOLATION_DISCIPLINE, true)));

        Activity kb = delegation("HB-KB", "Giám sát việc chi trả tiền bồi thường giải phóng mặt bằng tại thị trấn Bo",
                "Ban Thường vụ Huyện ủy Kim Bôi", -60, -40, "HB-KB", "Bùi Thị Hạnh", "Chủ tịch Ủy ban MTTQ huyện");
        body(kb, "Ban Quản lý dự án đầu tư xây dựng huyện Kim Bôi");
        concluded(kb, "Việc chi trả chậm, gây bức xúc cho người dân.");
        sent(kb, List.of(Rec.awaiting("Đề nghị chỉ đạo chi trả dứt điểm tiền bồi thường giải phóng mặt bằng tại thị trấn Bo", -6, null)));

        Activity tl = delegation("HB-TL", "Giám sát việc quản lý quỹ phòng chống thiên tai xã Quy Hậu", "Ban Thường vụ Huyện ủy Tân Lạc",
                -40, -15, "HB-TL", "Hà Văn Sơn", "Chủ tịch Ủy ban MTTQ huyện");
        body(tl, "UBND xã Quy Hậu");
        concluded(tl, "Việc thu, chi quỹ chưa công khai đầy đủ.");
        sent(tl, List.of(Rec.awaiting("Đề nghị chỉ đạo công khai việc thu, chi quỹ phòng chống thiên tai xã Quy Hậu", 9, null)));

        Activity mc = delegation("HB-MC", "Giám sát tác phong cán bộ bộ phận một cửa thị trấn Mai Châu", "Ban Thường vụ Huyện ủy Mai Châu",
                -30, -12, "HB-MC", "Hà Thị Lan", "Chủ tịch Ủy ban MTTQ huyện");
        person(mc, "Vì Văn Đông", "Công chức tư pháp - hộ tịch", "thị trấn Mai Châu", SubjectCategory.CADRE,
                "Có biểu hiện hách dịch khi giải quyết thủ tục.", "PUBLIC_ETHICS", "DDCV-03");
        concluded(mc, "Cần nhắc nhở, chấn chỉnh tác phong.");
        sent(mc, List.of(Rec.awaiting("Đề nghị nhắc nhở, chấn chỉnh tác phong của công chức bộ phận một cửa thị trấn Mai Châu", null, null)));

        Activity cp = delegation("HB-CP", "Giám sát việc bình xét hộ nghèo tại xã Bắc Phong", "Ban Thường vụ Huyện ủy Cao Phong",
                -5, 15, "HB-CP", "Bùi Văn Toàn", "Chủ tịch Ủy ban MTTQ huyện");
        body(cp, "UBND xã Bắc Phong");
        cp.moveTo(ActivityStatus.IN_PROGRESS);
        session(cp, -1, "UBND xã Bắc Phong", "Đoàn giám sát; Ban Thanh tra nhân dân xã");
        session(cp, 6, "Nhà văn hóa xóm Bãi Chạo", "Đoàn giám sát; trưởng xóm; đại diện hộ dân");
    }

    private long unit(String code) {
        return seeded.unitIdsByCode().get(code);
    }

    private Activity activity(String unitCode, String form, String title, String addressee, int fromDays, int toDays) {
        Activity a = new Activity(unit(unitCode), "demo", clock.instant());
        a.setFormCode(form);
        a.setTitle(title);
        a.setLegalBasis("Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư; Kế hoạch số 01/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh");
        a.setPeriodFrom(today.plusDays(fromDays));
        a.setPeriodTo(today.plusDays(toDays));
        a.setAddressee(addressee);
        return activities.save(a);
    }

    /** A delegation with its head from {@code headUnit} and a secretary; the province's also with a member of the Farmers' Union. */
    private Activity delegation(String unitCode, String title, String addressee, int fromDays, int toDays, String headUnit,
                                String head, String headPosition) {
        Activity a = activity(unitCode, "DOAN-GS", title, addressee, fromDays, toDays);
        members.save(new DelegationMember(a.getId(), unit(headUnit), head, headPosition, DelegationRole.HEAD));
        if (unitCode.equals("HB")) { // the province's delegations take a member from the Farmers' Union
            members.save(new DelegationMember(a.getId(), unit("HB-HND"), "Đinh Thị Lụa", "Phó Chủ tịch Hội Nông dân tỉnh", DelegationRole.MEMBER));
        }
        members.save(new DelegationMember(a.getId(), unit(unitCode), "Lường Thị Mai", "Chuyên viên", DelegationRole.SECRETARY));
        return a;
    }

    private void person(Activity a, String name, String position, String organisation, SubjectCategory category, String finding,
                        String catalogue, String code) {
        Subject s = subjects.save(new Subject(a.getId(), Subject.Kind.PERSON, name, position, organisation, category));
        ContentPoint point = new ContentPoint(catalogue, code);
        a.setContentPoints(Set.of(point));
        findings.save(new Finding(a.getId(), s.getId(), point, finding));
        session(a, a.getPeriodFrom(), "Trụ sở " + organisation, "Đoàn giám sát; " + position + " " + organisation);
    }

    private void body(Activity a, String name) {
        subjects.save(new Subject(a.getId(), Subject.Kind.BODY, name, "", "", null));
    }

    private void session(Activity a, int inDays, String place, String attendees) {
        session(a, today.plusDays(inDays), place, attendees);
    }

    private void session(Activity a, LocalDate day, String place, String attendees) {
        LocalDate working = day;
        while (!calendar.isWorkingDay(working)) { // delegations work on working days
            working = working.plusDays(1);
        }
        sessions.save(new WorkingSession(a.getId(), working, LocalTime.of(8, 0), place, attendees, ""));
    }

    private void concluded(Activity a, String conclusion) {
        a.setConclusion(conclusion);
        a.moveTo(ActivityStatus.CONCLUDED);
    }

    private void draft(Activity a, String text) {
        recommendations.save(new Recommendation(a.getId(), a.getUnitId(), null, text, null));
    }

    /** The letter issued and, unless {@code daysLeft} is null for every one, received; answered ones are met. */
    private List<Recommendation> sent(Activity a, List<Rec> recs) {
        Rec first = recs.getFirst();
        LocalDate received = first.outcome() != null ? today.minusDays(60) : first.daysLeft() == null ? null : receivedFor(first.daysLeft());
        LocalDate letterOn = received == null ? today.minusDays(4) : received.minusDays(2);
        a.letterIssued(register.issueWhileSeeding(a.getUnitId(), "CV", ActivityService.SOURCE_TYPE, String.valueOf(a.getId()),
                "Kiến nghị sau giám sát: " + a.getTitle(), letterOn).symbol(), letterOn);
        a.moveTo(ActivityStatus.RECOMMENDED);
        List<Recommendation> out = new ArrayList<>();
        for (Rec rec : recs) {
            Recommendation r = recommendations.save(new Recommendation(a.getId(), a.getUnitId(), null, rec.text(),
                    rec.account() == null ? null : seeded.accountIdsByUsername().get(rec.account())));
            r.sent();
            if (received != null) {
                a.letterReceived(received);
                LocalDate due = calendar.dueDate(received, RecommendationService.STANDARD_DAYS);
                r.received(received, due);
                boolean answered = rec.outcome() != null;
                LocalDate answeredOn = answered ? calendar.dueDate(received, rec.late() ? 24 : 14) : null;
                if (answered) {
                    r.answered(answeredOn, "Số " + (10 + r.getId()) + "-CV/HU", "Cấp ủy đã chỉ đạo xem xét, xử lý theo kiến nghị.", rec.outcome());
                    a.moveTo(ActivityStatus.ANSWERED);
                }
                deadlines.registerWhileSeeding(new DeadlineRequest(RecommendationService.SOURCE_TYPE,
                        String.valueOf(r.getId()), "Kiến nghị " + a.getLetterSymbol() + ": " + rec.text(), "giam-sat/" + a.getId(),
                        a.getUnitId(), r.getResponsibleAccountId(), received, 20), due, answeredOn);
            }
            out.add(recommendations.save(r));
        }
        return out;
    }

    private LocalDate receivedFor(int daysLeft) {
        return calendar.receivedLeaving(today, RecommendationService.STANDARD_DAYS, daysLeft);
    }
}
