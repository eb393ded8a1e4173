package vn.mttq.giamsat.outreach.demo;

import vn.mttq.giamsat.outreach.Audience;
import vn.mttq.giamsat.outreach.GoodPractice;
import vn.mttq.giamsat.outreach.GoodPracticeRepository;
import vn.mttq.giamsat.outreach.PracticeStatus;
import vn.mttq.giamsat.outreach.PropagandaActivity;
import vn.mttq.giamsat.outreach.PropagandaRepository;
import vn.mttq.giamsat.outreach.QuantityUnit;
import vn.mttq.giamsat.outreach.SessionKind;
import vn.mttq.giamsat.outreach.SessionStatus;
import vn.mttq.giamsat.outreach.TrainingSession;
import vn.mttq.giamsat.outreach.TrainingSessionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;

/**
 * Trainings of every kind (held over the last two half-years, some planned ahead, one past its day
 * and not yet marked held), propaganda by several forms, and good practices in every state,
 * spread over the province, its districts and communes, so that the figures differ between units
 * and periods. Names are fictitious.
 */
@Component
class DemoOutreach {

    private final TrainingSessionRepository sessions;
    private final PropagandaRepository propaganda;
    private final GoodPracticeRepository practices;
    private final Clock clock = Clock.systemUTC();
    private DemoProvinceSeeded seeded;
    private LocalDate today;

    DemoOutreach(TrainingSessionRepository sessions, PropagandaRepository propaganda, GoodPracticeRepository practices) {
        this.sessions = sessions;
        this.propaganda = propaganda;
        this.practices = practices;
    }

    @EventListener
    @Order(50)
    void on(DemoProvinceSeeded seeded) {
        if (seeded.unitIdsByCode().get("HB") == null) {
            return;
        }
        this.seeded = seeded;
        this.today = LocalDate.now(PortalFormats.VIETNAM);
        held("HB", SessionKind.CONVEY_CONFERENCE, "Hội nghị quán triệt Quy định 124-QĐ/TW và Kế hoạch của Ban Thường trực tỉnh", 200,
                "Hội trường Ủy ban MTTQ tỉnh", "QD-124,KH-92-TU", counts(90, 60, 20, 0, 30, 0), true);
        held("HB", SessionKind.INTERIM_REVIEW, "Sơ kết 6 tháng thực hiện Quy định 124-QĐ/TW", 165, "Hội trường Ủy ban MTTQ tỉnh", "QD-124",
                counts(60, 45, 0, 0, 25, 0), true);
        held("HB-LS", SessionKind.TRAINING_COURSE, "Tập huấn kỹ năng giám sát cho cán bộ Mặt trận cơ sở huyện Lương Sơn", 120,
                "Trung tâm Chính trị huyện Lương Sơn", "QD-124,NQ-TW4", counts(48, 20, 15, 22, 0, 0), true);
        held("HB-LS-2", SessionKind.DIALOGUE, "Đối thoại giữa người đứng đầu cấp ủy, chính quyền xã Cư Yên với nhân dân", 75,
                "Nhà văn hóa xã Cư Yên", "QD-99", counts(6, 8, 4, 12, 20, 130), false);
        held("HB-KB", SessionKind.CONVEY_CONFERENCE, "Hội nghị triển khai Kế hoạch giám sát năm của huyện Kim Bôi", 60,
                "Hội trường UBND huyện Kim Bôi", "QD-124,CD-27", counts(35, 30, 10, 25, 15, 0), false);
        held("HB-KB-2", SessionKind.DIALOGUE, "Đối thoại với nhân dân xã Vĩnh Đồng về xây dựng đường giao thông nông thôn", 40,
                "Nhà văn hóa xóm Đồng Bến", "QD-99", counts(4, 6, 3, 8, 15, 110), false);
        held("HB-TL", SessionKind.TRAINING_COURSE, "Tập huấn Ban Thanh tra nhân dân các xã huyện Tân Lạc", 25,
                "Hội trường huyện Tân Lạc", "QD-124", counts(20, 5, 42, 0, 0, 0), false);
        held("HB-HND", SessionKind.TRAINING_COURSE, "Tập huấn hội viên nông dân về góp ý cán bộ, đảng viên nơi cư trú", 30,
                "Hội Nông dân tỉnh", "QD-99,QD-08", counts(0, 35, 0, 0, 10, 80), false);
        TrainingSession review = held("HB-LS", SessionKind.FINAL_REVIEW, "Tổng kết năm thực hiện Quy định 124-QĐ/TW huyện Lương Sơn", 350,
                "Hội trường UBND huyện", "QD-124", counts(55, 40, 0, 0, 20, 0), true);
        review.outcome("Hội nghị thống nhất nhiệm vụ năm tới.", "Các xã tổ chức đối thoại đều đặn, người dân tham gia đông.",
                "Một số xã chưa báo cáo số liệu đúng hạn.", "Cán bộ kiêm nhiệm nhiều việc.", "Đề nghị tỉnh mở lớp tập huấn kỹ năng tổng hợp.");
        sessions.save(review);
        // ahead, and one whose day has passed without its result
        TrainingSession planned = plan("HB", SessionKind.TRAINING_COURSE, "Tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận cấp huyện", -12,
                "Trường Chính trị tỉnh");
        planned.coOrganisedBy(Set.of(seeded.unitIdsByCode().get("HB-HND")));
        sessions.save(planned);
        plan("HB-LS", SessionKind.DIALOGUE, "Đối thoại với nhân dân thị trấn Lương Sơn", -20, "Nhà văn hóa tiểu khu 1");
        plan("HB-LS-3", SessionKind.CONVEY_CONFERENCE, "Hội nghị quán triệt Quy định 124 tại xã Liên Sơn", 3, "Hội trường UBND xã Liên Sơn");
        TrainingSession cancelled = plan("HB-KB", SessionKind.TRAINING_COURSE, "Tập huấn cán bộ khu dân cư huyện Kim Bôi", 10, "");
        cancelled.cancelled("Trùng lịch phòng chống lụt bão; tổ chức lại vào quý sau.");
        sessions.save(cancelled);

        propaganda("HB", "TRANG-TIN", "Chuyên mục \"Giám sát theo Quy định 124\" trên trang tin Mặt trận tỉnh", 150, 14, QuantityUnit.ARTICLES,
                25000, "https://mattran.hoabinh.example/chuyen-muc/giam-sat");
        propaganda("HB", "BAO-CHI", "Phóng sự truyền hình về đối thoại với nhân dân", 70, 2, QuantityUnit.BROADCASTS, 60000, "");
        propaganda("HB-LS", "LOA", "Phát thanh nội dung 19 điều đảng viên không được làm trên loa xã", 110, 36, QuantityUnit.BROADCASTS,
                12000, "");
        propaganda("HB-LS-2", "SINH-HOAT", "Lồng ghép phổ biến Quy định 124 trong họp khu dân cư xã Cư Yên", 90, 9, QuantityUnit.SESSIONS, 900, "");
        propaganda("HB-KB", "TO-ROI", "Tờ rơi hướng dẫn cách góp ý cán bộ, đảng viên", 45, 5000, QuantityUnit.COPIES, 5000, "");
        propaganda("HB-KB", "MXH", "Bài đăng trên trang mạng xã hội của Mặt trận huyện", 20, 18, QuantityUnit.POSTS, 8000, "");
        propaganda("HB-TL", "PANO", "Pa-nô tuyên truyền 27 biểu hiện suy thoái tại trung tâm huyện", 200, 6, QuantityUnit.COPIES, 15000, "");

        practice("HB-LS-2", "Tổ góp ý cán bộ, đảng viên ở khu dân cư", "Mỗi khu dân cư lập tổ 3 người do Trưởng ban công tác Mặt trận phụ trách,"
                + " tổng hợp ý kiến của nhân dân gửi chi bộ mỗi quý.", 400, "Hai năm, 46 ý kiến được chi bộ tiếp thu.", PracticeStatus.RECOGNISED, true);
        practice("HB-KB", "Đối thoại định kỳ tại nhà văn hóa xóm", "Người đứng đầu xã đối thoại với nhân dân mỗi quý tại nhà văn hóa xóm.",
                300, "Giải quyết dứt điểm 12 kiến nghị tồn đọng.", PracticeStatus.RECOGNISED, false);
        practice("HB-TL", "Hòm thư góp ý đặt tại nhà văn hóa", "Hòm thư góp ý có khóa, Ban Thanh tra nhân dân mở mỗi tháng.", 200, "",
                PracticeStatus.PROPOSED, false);
        practice("HB-HND", "Hội viên nông dân giám sát công trình ở thôn", "Chi hội cử hội viên theo dõi công trình do dân đóng góp.", 150, "",
                PracticeStatus.NOT_RECOGNISED, false);
    }

    private static Map<Audience, Integer> counts(int front, int member, int inspection, int residential, int party, int people) {
        Map<Audience, Integer> m = new EnumMap<>(Audience.class);
        m.put(Audience.FRONT_CADRES, front);
        m.put(Audience.MEMBER_CADRES, member);
        m.put(Audience.INSPECTION_BOARDS, inspection);
        m.put(Audience.RESIDENTIAL_HEADS, residential);
        m.put(Audience.PARTY_MEMBERS, party);
        m.put(Audience.PEOPLE, people);
        return m;
    }

    private TrainingSession plan(String unit, SessionKind kind, String title, int daysAhead, String place) {
        TrainingSession s = new TrainingSession(seeded.unitIdsByCode().get(unit), "demo", clock.instant());
        s.setKind(kind);
        s.setTitle(title);
        s.setStartsOn(today.plusDays(daysAhead));
        s.setEndsOn(today.plusDays(daysAhead));
        s.setPlace(place);
        return sessions.save(s);
    }

    private TrainingSession held(String unit, SessionKind kind, String title, int daysAgo, String place, String documents,
                                 Map<Audience, Integer> counts, boolean reported) {
        TrainingSession s = new TrainingSession(seeded.unitIdsByCode().get(unit), "demo", clock.instant());
        s.setKind(kind);
        s.setTitle(title);
        s.setStartsOn(today.minusDays(daysAgo));
        s.setEndsOn(today.minusDays(daysAgo));
        s.setPlace(place);
        s.setDocuments(documents);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        s.attended(counts, total * 2 / 5, total / 5);
        s.moveTo(SessionStatus.HELD);
        if (reported) {
            s.moveTo(SessionStatus.REPORTED);
        }
        return sessions.save(s);
    }

    private void propaganda(String unit, String form, String title, int daysAgo, int quantity, QuantityUnit measure, int reach, String link) {
        PropagandaActivity p = new PropagandaActivity(seeded.unitIdsByCode().get(unit), "demo", clock.instant());
        p.describe(form, "QD-124", title, today.minusDays(daysAgo), today.minusDays(Math.max(0, daysAgo - 30)), quantity, measure, reach, link);
        propaganda.save(p);
    }

    private void practice(String unit, String title, String description, int daysAgo, String results, PracticeStatus status,
                          boolean commendation) {
        GoodPractice g = new GoodPractice(seeded.unitIdsByCode().get(unit), "demo", clock.instant());
        g.describe(title, description, today.minusDays(daysAgo), results);
        if (status != PracticeStatus.PROPOSED) {
            g.decided(status, commendation, "dcpl", today.minusDays(daysAgo / 3),
                    status == PracticeStatus.NOT_RECOGNISED ? "Chưa có kết quả cụ thể để nhân rộng." : "Đề nghị các huyện học tập.");
        }
        practices.save(g);
    }
}
