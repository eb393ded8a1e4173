package vn.mttq.giamsat.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.reports.OfficialLayout;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * A district's and a member organisation's reports through submit, return, resubmit and accept;
 * the refusals (an open period, a correction without reason, the wrong people); the province's
 * consolidation with most units missing, issued with a number; the PDF and the XLSX annex.
 * Uses the year 2024, which the demo data does not report on.
 */
@SpringBootTest
@Import(SignIn.class)
class PeriodicReportServiceTest {

    @Autowired PeriodicReportService reports;
    @Autowired PeriodicReportDocuments documents;
    @Autowired IndicatorService indicators;
    @Autowired LegalTimeLimits limits;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private static Map<Section, String> text(String results) {
        Map<Section, String> m = new EnumMap<>(Section.class);
        m.put(Section.RESULTS, results);
        return m;
    }

    @Test
    void a_district_submits_the_province_returns_the_district_resubmits_and_the_province_accepts() {
        signIn.as("luongson");
        ReportingPeriod half = reports.period("HALF_YEAR", 2024);
        PeriodicReport r = reports.open(unit("HB-LS"), half);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.open(unit("HB-LS"), half).getId()).isEqualTo(r.getId());
        String code = "attendance.total";
        long computed = reports.rows(r).stream().filter(row -> row.indicator().code().equals(code)).findFirst().orElseThrow().computed();
        assertThat(computed).isEqualTo(indicators.subtree(unit("HB-LS"), half.from(), half.to()).get(code));
        // a corrected figure without a reason changes nothing
        PeriodicReport before = r;
        assertThatThrownBy(() -> reports.save(before.getId(), before.getVersion(), text("Kết quả"),
                Map.of(code, new PeriodicReportService.Correction(computed + 12, " ")))).hasMessage("report.error.reason");
        assertThat(reports.get(r.getId()).narrative().get(Section.RESULTS)).isEmpty();
        r = reports.save(r.getId(), r.getVersion(), text("Đã tổ chức các hội nghị quán triệt ở 4 xã, thị trấn."),
                Map.of(code, new PeriodicReportService.Correction(computed + 12, "Hai hội nghị ở xã Cư Yên chưa nhập cổng")));
        long stale = before.getVersion();
        long id = r.getId();
        assertThatThrownBy(() -> reports.save(id, stale, text("x"), Map.of())).isInstanceOf(
                OptimisticLockingFailureException.class);

        r = reports.submit(r.getId());
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.submit(r.getId()).getStatus()).isEqualTo(ReportStatus.SUBMITTED); // twice: harmless
        assertThatThrownBy(() -> reports.accept(id)).isInstanceOf(AccessDeniedException.class); // not the level above
        PeriodicReportService.Row corrected = reports.rows(r).stream().filter(row -> row.indicator().code().equals(code)).findFirst().orElseThrow();
        assertThat(corrected.computed()).isEqualTo(computed);
        assertThat(corrected.value()).isEqualTo(computed + 12);
        assertThat(corrected.reason()).isEqualTo("Hai hội nghị ở xã Cư Yên chưa nhập cổng");

        signIn.as("dcpl");
        assertThatThrownBy(() -> reports.giveBack(id, "  ")).hasMessage("report.error.comment");
        r = reports.giveBack(id, "Bổ sung nguyên nhân kiến nghị chưa được trả lời.");
        assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThatThrownBy(() -> reports.accept(id)).hasMessage("report.error.transition");

        signIn.as("luongson");
        r = reports.save(id, r.getVersion(), text("Đã bổ sung nguyên nhân."), Map.of(code,
                new PeriodicReportService.Correction(computed + 12, "Hai hội nghị ở xã Cư Yên chưa nhập cổng")));
        r = reports.submit(id);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);

        signIn.as("dcpl");
        assertThat(reports.accept(id).getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(reports.history(id)).extracting(e -> e.getAction()).containsSubsequence("PERIODIC_REPORT_OPENED",
                "PERIODIC_REPORT_SUBMITTED", "PERIODIC_REPORT_RETURNED", "PERIODIC_REPORT_RESUBMITTED", "PERIODIC_REPORT_ACCEPTED");
    }

    @Test
    void a_report_for_a_period_that_has_not_ended_stays_a_draft() {
        signIn.as("hoinongdan");
        ReportingPeriod running = limits.periodsContaining(LocalDate.now(PortalFormats.VIETNAM)).getFirst();
        PeriodicReport r = reports.open(unit("HB-HND"), running);
        assertThatThrownBy(() -> reports.submit(r.getId())).hasMessage("report.error.period-open");
        assertThat(reports.get(r.getId()).getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void others_may_neither_write_nor_read_a_units_report() {
        signIn.as("hoinongdan");
        ReportingPeriod year = reports.period("YEAR", 2023);
        assertThatThrownBy(() -> reports.open(unit("HB-LS"), year)).isInstanceOf(AccessDeniedException.class);
        signIn.as("luongson");
        PeriodicReport own = reports.open(unit("HB-LS"), year);
        assertThatThrownBy(() -> reports.open(unit("HB-KB"), year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.standings(unit("HB"), year)).isInstanceOf(AccessDeniedException.class);
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> reports.get(own.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_province_consolidates_two_submitted_reports_with_the_others_missing_and_issues_it_as_a_numbered_document() throws Exception {
        signIn.as("luongson");
        ReportingPeriod year = reports.period("YEAR", 2024);
        PeriodicReport ls = reports.open(unit("HB-LS"), year);
        ls = reports.save(ls.getId(), ls.getVersion(), text("Lương Sơn: tổ chức 12 cuộc giám sát."),
                Map.of("sessions.held", new PeriodicReportService.Correction(7L, "Số lớp do huyện tự tổ chức")));
        reports.submit(ls.getId());
        signIn.as("hoinongdan");
        PeriodicReport hnd = reports.open(unit("HB-HND"), year);
        hnd = reports.save(hnd.getId(), hnd.getVersion(), text("Hội Nông dân: góp ý 40 đảng viên nơi cư trú."),
                Map.of("sessions.held", new PeriodicReportService.Correction(5L, "Lớp tập huấn hội viên cơ sở")));
        reports.submit(hnd.getId());

        signIn.as("dcpl");
        List<PeriodicReportService.Standing> standings = reports.standings(unit("HB"), year);
        assertThat(standings).extracting(PeriodicReportService.Standing::unitName).contains("Kim Bôi",
                "Lạc Sơn", "Hội Cựu chiến binh"); // short names: the consolidation's column headers // other tests may add units of their own
        assertThat(standings.stream().filter(PeriodicReportService.Standing::counted)).extracting(PeriodicReportService.Standing::unitName)
                .containsExactlyInAnyOrder("Lương Sơn", "Hội Nông dân");
        PeriodicReport c = reports.open(unit("HB"), year);
        assertThat(c.isConsolidated()).isTrue();
        PeriodicReportService.Row sessions = reports.rows(c).stream().filter(r -> r.indicator().code().equals("sessions.held")).findFirst().orElseThrow();
        assertThat(sessions.value()).isEqualTo(12); // 7 + 5: the units' reported figures, the missing ones add nothing
        assertThat(reports.contributions(c).get(Section.RESULTS)).extracting(PeriodicReportService.Contribution::text)
                .containsExactlyInAnyOrder("Lương Sơn: tổ chức 12 cuộc giám sát.", "Hội Nông dân: góp ý 40 đảng viên nơi cư trú.");
        assertThatThrownBy(() -> reports.submit(c.getId())).hasMessage("report.error.consolidated-is-issued");
        PeriodicReport issued = reports.issue(c.getId(), reports.save(c.getId(), c.getVersion(),
                text("Tổng hợp kết quả thực hiện Quy định 124 năm 2024 của các đơn vị."), Map.of()).getVersion());
        assertThat(issued.getStatus()).isEqualTo(ReportStatus.ISSUED);
        assertThat(issued.getNumberSymbol()).matches("\\d+/BC-MTTQ.*");

        byte[] pdf = documents.render(issued.getId(), ReportFormat.PDF);
        {
            String text = OfficialLayout.assertPdf(pdf, "periodic-report").replaceAll("\\s+", " ");
            assertThat(text).as("the province's signer under the title").contains("CHỦ TỊCH Nguyễn Thị Hồng Vân");
            assertThat(text).contains("BÁO CÁO", issued.getNumberSymbol(), "Kết quả thực hiện Quy định số 124-QĐ/TW năm 2024",
                    "Hội nghị, lớp tập huấn đã tổ chức", "Kiến nghị được trả lời trong 20 ngày làm việc",
                    "Tổng hợp kết quả thực hiện Quy định 124 năm 2024 của các đơn vị.", "KẾT QUẢ THỰC HIỆN", "HẠN CHẾ VÀ NGUYÊN NHÂN");
            assertThat(text).containsPattern("Hội nghị, lớp tập huấn đã tổ chức Hội nghị, lớp 12 ");
        }
        String sheet = xlsx(documents.render(issued.getId(), ReportFormat.XLSX));
        assertThat(sheet).contains("Lương Sơn", "Hội Nông dân", "Kim Bôi (chưa nộp)", "Tổng cộng", "sessions.held");
        // in Word: the sections as paragraphs (headings bold), the annex a real table, the signer named
        List<String> word = OfficialLayout.assertDocx(documents.render(issued.getId(), ReportFormat.DOCX));
        assertThat(word).contains("Tổng hợp kết quả thực hiện Quy định 124 năm 2024 của các đơn vị.", "Nguyễn Thị Hồng Vân", "12");
        assertThat(word).anyMatch(t -> t.startsWith("Hội nghị, lớp tập huấn đã tổ chức")).as("the annex's rows are table cells");
        assertThat(word).filteredOn(t -> t.matches("[IVX]+\\. KẾT QUẢ THỰC HIỆN")).as("a heading is its own paragraph").hasSize(1);
    }

    @Autowired ReportWork work;

    @Test
    void late_returned_and_waiting_reports_are_on_the_home_pages_of_the_unit_and_of_the_level_above() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        signIn.as("dcpl");
        var dcpl = currentUser();
        List<WorkItem> above = work.workFor(dcpl, today, 50);
        String half = "Báo cáo 6 tháng đầu năm " + reports.lastEnded().year();
        // the demo: Lạc Sơn has no report for the last closed half-year, past its due date; Tân Lạc's waits for a decision
        assertThat(above).anySatisfy(i -> {
            assertThat(i.title()).isEqualTo("Chưa nộp " + half);
            assertThat(i.detail()).isEqualTo("Lạc Sơn");
            assertThat(i.urgency()).isEqualTo(WorkItem.Urgency.OVERDUE);
        });
        assertThat(above).anySatisfy(i -> {
            assertThat(i.title()).isEqualTo(half + " chờ xem xét");
            assertThat(i.detail()).isEqualTo("Tân Lạc");
        });
        signIn.as("hoinongdan");
        assertThat(work.workFor(currentUser(), today, 50)).noneMatch(i -> i.title().contains("chưa nộp")); // its report was accepted
        signIn.as("luongson");
        PeriodicReport own = reports.find(unit("HB-LS"), reports.lastEnded()).orElseThrow();
        if (own.getStatus().isEditable()) { // the demo leaves Lương Sơn's a draft (the journey may have sent it)
            assertThat(work.workFor(currentUser(), today, 50)).anySatisfy(i -> assertThat(i.title()).isIn(
                    half + " của đơn vị chưa nộp", half + " bị trả lại, cần sửa và nộp lại"));
        }
    }

    @Autowired CurrentUser currentUserBean;

    private PortalUser currentUser() {
        return currentUserBean.require();
    }

    private static String xlsx(byte[] bytes) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().startsWith("xl/")) {
                    all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
