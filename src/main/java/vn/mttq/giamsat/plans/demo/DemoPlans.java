package vn.mttq.giamsat.plans.demo;

import vn.mttq.giamsat.plans.Plan;
import vn.mttq.giamsat.plans.PlanNotices;
import vn.mttq.giamsat.plans.PlanRecipient;
import vn.mttq.giamsat.plans.PlanRecipientRepository;
import vn.mttq.giamsat.plans.PlanRepository;
import vn.mttq.giamsat.plans.PlanService;
import vn.mttq.giamsat.plans.PlanTask;
import vn.mttq.giamsat.plans.PlanTaskRepository;
import vn.mttq.giamsat.plans.PlanVersion;
import vn.mttq.giamsat.plans.PlanVersionRepository;
import vn.mttq.giamsat.plans.TaskService;
import vn.mttq.giamsat.plans.TaskStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;
import vn.mttq.giamsat.register.DocumentRegister;

/**
 * The demo province's plan for carrying out Regulation 124, shaped like a real provincial plan
 * (legal bases; I. purposes; II. contents; III. organisation) in the portal's own words, published
 * to the districts and member organisations two weeks before the first start, with some receipts
 * confirmed; and a draft of the next one. Fictitious; seeded only into an empty embedded database.
 */
@Component
class DemoPlans {

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanRecipientRepository recipients;
    private final JdbcTemplate jdbc;
    private final DeadlineService deadlines;
    private final PlanTaskRepository tasks;
    private final DocumentRegister register;
    private final PlanNotices notices;
    private final Clock clock = Clock.systemUTC();

    DemoPlans(PlanRepository plans, PlanVersionRepository versions, PlanRecipientRepository recipients, JdbcTemplate jdbc, DeadlineService deadlines,
              PlanTaskRepository tasks, DocumentRegister register,
              PlanNotices notices) {
        this.notices = notices;
        this.register = register;
        this.tasks = tasks;
        this.plans = plans;
        this.versions = versions;
        this.recipients = recipients;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @EventListener
    @Order(20)
    void on(DemoProvinceSeeded seeded) {
        Long province = seeded.unitIdsByCode().get("HB");
        if (province == null) {
            return;
        }
        LocalDate issued = LocalDate.now(PortalFormats.VIETNAM).minusDays(14);
        Plan plan = new Plan(province, "lanhdao", clock.instant());
        plan.setTitle("Kế hoạch triển khai giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt "
                + "và cán bộ, đảng viên theo Quy định 124-QĐ/TW năm " + issued.getYear());
        plan.setLegalBases("""
                Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên;
                Quyết định số 99-QĐ/TW của Ban Bí thư về khung hướng dẫn Mặt trận và các đoàn thể góp ý xây dựng Đảng;
                Hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và chương trình công tác năm của Ủy ban MTTQ tỉnh.""");
        plan.setPurposes("""
                1. Đưa nội dung Quy định 124 đến Ủy ban MTTQ các cấp, các tổ chức thành viên và nhân dân một cách thống nhất.
                2. Phát huy vai trò của Mặt trận, các đoàn thể, Ban Thanh tra nhân dân và người có uy tín trong việc theo dõi, góp ý về đạo đức, lối sống của cán bộ, đảng viên.
                3. Việc giám sát phải khách quan, đúng quy định, không cản trở hoạt động bình thường của cơ quan, tổ chức và đời sống của gia đình, cá nhân.""");
        plan.setContents("""
                1. Tuyên truyền để cán bộ, hội viên và nhân dân nhận biết các biểu hiện suy thoái và cách thức phản ánh, góp ý.
                2. Mở lớp tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận, đoàn thể cấp huyện và cấp xã.
                3. Tiếp nhận, phân loại và chuyển xử lý phản ánh, kiến nghị của nhân dân; theo dõi đến khi có trả lời.
                4. Tổ chức giám sát chuyên đề ít nhất một lần mỗi 6 tháng tại mỗi huyện, thành phố.
                5. Tổ chức để nhân dân góp ý cấp ủy, tổ chức đảng và cán bộ, đảng viên nơi cư trú; đôn đốc việc tiếp thu, giải trình.
                6. Sơ kết 6 tháng, tổng kết năm; nhân rộng cách làm hay.""");
        plan.setOrganisation("""
                1. Ban Thường trực Ủy ban MTTQ tỉnh chỉ đạo chung; Ban Dân chủ - Pháp luật làm đầu mối theo dõi, tổng hợp; Ban Tổ chức - Tuyên giáo phụ trách tuyên truyền, tập huấn.
                2. Các tổ chức chính trị - xã hội tỉnh xây dựng kế hoạch thực hiện trong hệ thống của mình.
                3. Ban Thường trực Ủy ban MTTQ các huyện, thành phố xây dựng kế hoạch của cấp mình căn cứ kế hoạch này.
                4. Các đơn vị báo cáo kết quả 6 tháng và năm về Ban Thường trực Ủy ban MTTQ tỉnh (qua Ban Dân chủ - Pháp luật).""");
        Plan saved = plans.save(plan);
        // the Standing Committee's symbol for plans (Decree 30: kind, then the issuer's abbreviation)
        jdbc.update("INSERT INTO document_symbol (unit_id, document_type, pattern) VALUES (?, 'KH', '{số}/KH-MTTQ-BTT')", province);
        String symbol = register.issueWhileSeeding(province, "KH", PlanService.SOURCE_TYPE, String.valueOf(saved.getId()),
                saved.getTitle(), issued).symbol();
        saved.published(symbol, issued);
        versions.save(new PlanVersion(saved, null, "lanhdao", clock.instant()));
        List<String> to = List.of("HB-TP", "HB-DB", "HB-LS", "HB-KB", "HB-CP", "HB-TL", "HB-MC", "HB-LSN",
                "HB-LDLD", "HB-HND", "HB-HLHPN", "HB-DTN", "HB-HCCB");
        for (String code : to) {
            Long unit = seeded.unitIdsByCode().get(code);
            if (unit != null) {
                PlanRecipient r = recipients.save(new PlanRecipient(saved.getId(), unit));
                // a few have confirmed; Lương Sơn and the Farmers' Association still have it to do
                if (List.of("HB-TP", "HB-KB", "HB-LDLD", "HB-HLHPN").contains(code)) {
                    r.confirm("demo", clock.instant());
                } else {
                    notices.tell(saved, List.of(r), "plan.notify.published"); // their bells say so, as publishing tells them
                }
            }
        }
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        task(saved, seeded, "HB-HND", "Tuyên truyền Quy định 124 trong sinh hoạt chi hội nông dân", today.plusDays(10), 40,
                "Đã tuyên truyền tại 5 chi hội.", null);
        task(saved, seeded, "HB-LS", "Xây dựng kế hoạch giám sát của huyện theo kế hoạch tỉnh", today.plusDays(5), 100,
                "Đã ban hành kế hoạch của huyện, gửi kèm bản chụp.", TaskStatus.SUBMITTED);
        task(saved, seeded, "HB-KB", "Báo cáo kết quả giám sát 6 tháng của huyện", today.minusDays(3), 20,
                "Đang tổng hợp số liệu các xã.", null);
        task(saved, seeded, "HB-LDLD", "Tập huấn nghiệp vụ giám sát cho cán bộ công đoàn cơ sở", today.minusDays(6), 100,
                "Đã tổ chức 2 lớp, 120 học viên.", TaskStatus.DONE);
        derivedDemo(saved, seeded, issued.plusDays(3));
        Plan draft = new Plan(province, "dcpl", clock.instant());
        draft.setTitle("Kế hoạch giám sát chuyên đề 6 tháng cuối năm " + issued.getYear() + " (dự thảo)");
        draft.setPurposes("Đánh giá việc tiếp thu, giải trình các kiến nghị sau giám sát của Mặt trận.");
        plans.save(draft);
    }

    /** Kim Bôi's own plan derived from the provincial one, with its inherited task half done. */
    private void derivedDemo(Plan provincial, DemoProvinceSeeded seeded, LocalDate issued) {
        Long kimBoi = seeded.unitIdsByCode().get("HB-KB");
        if (kimBoi == null) {
            return;
        }
        Plan plan = new Plan(kimBoi, "demo", clock.instant());
        plan.derivedFrom(provincial.getId());
        plan.setTitle("Kế hoạch triển khai: " + provincial.getTitle());
        plan.setLegalBases("Căn cứ Kế hoạch số 01/KH-MTTQ-BTT của Ủy ban MTTQ Việt Nam tỉnh Hòa Bình;");
        plan.setPurposes(provincial.getPurposes());
        plan.setContents(provincial.getContents());
        plan.setOrganisation("Ban Thường trực Ủy ban MTTQ huyện chỉ đạo; Ủy ban MTTQ các xã, thị trấn xây dựng kế hoạch của cấp mình.");
        Plan saved = plans.save(plan);
        String symbol = register.issueWhileSeeding(kimBoi, "KH", PlanService.SOURCE_TYPE, String.valueOf(saved.getId()),
                saved.getTitle(), issued).symbol();
        saved.published(symbol, issued);
        versions.save(new PlanVersion(saved, null, "demo", clock.instant()));
        for (String code : List.of("HB-KB-1", "HB-KB-2", "HB-KB-3")) {
            Long unit = seeded.unitIdsByCode().get(code);
            if (unit != null) {
                recipients.save(new PlanRecipient(saved.getId(), unit));
            }
        }
        tasks.findByPlanIdOrderByDueDateAscIdAsc(provincial.getId()).stream().filter(t -> t.getLeadUnitId() == kimBoi).forEach(parent -> {
            PlanTask derived = new PlanTask(saved.getId(), parent.getTitle(), kimBoi, parent.getDueDate(), parent.getExpectedOutput());
            derived.derivedFrom(parent.getId());
            derived.progress(50, "Đã có số liệu của 2/3 xã.");
            tasks.save(derived);
        });
    }

    /**
     * A demo task with its deadline item: seeding runs before anyone signs in, so the deadline row
     * is written directly, the way TaskService would register it on publication.
     */
    private void task(Plan plan, DemoProvinceSeeded seeded, String unitCode, String title, LocalDate due, int progress,
                      String report, @Nullable TaskStatus status) {
        Long unit = seeded.unitIdsByCode().get(unitCode);
        if (unit == null) {
            return;
        }
        PlanTask task = new PlanTask(plan.getId(), title, unit, due, "Báo cáo kết quả bằng văn bản");
        task.progress(progress, report);
        if (status == TaskStatus.SUBMITTED || status == TaskStatus.DONE) {
            task.submit();
        }
        if (status == TaskStatus.DONE) {
            task.accept(due.minusDays(2));
        }
        PlanTask saved = tasks.save(task);
        deadlines.registerWhileSeeding(new DeadlineRequest("plan-task", String.valueOf(saved.getId()), title,
                "nhiem-vu", unit, null, plan.getIssuedOn(), 20), due, status == TaskStatus.DONE ? due.minusDays(2) : null);
    }
}
