package vn.mttq.giamsat.supervision.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.organisation.demo.DemoHistory;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;

/**
 * The demo's past: supervision activities of every Front committee over the eighteen months
 * before the last closed half-year ended, all concluded and their recommendations answered (in
 * time, within a complex case's extension, late, or after the period), so the periodic reports
 * and the dashboard of past periods show real, differing figures. Nothing here is still open,
 * so no list of pending work changes. Names are fictitious.
 */
@Component
class DemoSupervisionHistory {

    private final JdbcTemplate jdbc;

    DemoSupervisionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first and last day of the demo's past (DemoHistory.span). */
    static LocalDate[] span(LocalDate today) {
        DemoHistory.Span span = DemoHistory.span(today);
        return new LocalDate[] {span.start(), span.end()};
    }

    @EventListener
    @Order(40)
    void on(DemoProvinceSeeded seeded) {
        if (seeded.unitIdsByCode().get("HB") == null) {
            return;
        }
        List<Long> units = DemoHistory.committees(jdbc);
        String unitOf = DemoHistory.unitBySeq(units);
        LocalDate[] span = span(LocalDate.now(PortalFormats.VIETNAM));
        long days = span[1].toEpochDay() - span[0].toEpochDay() - 40;
        // about two and a half activities per committee, some more, some fewer
        jdbc.update("""
                INSERT INTO supervision_activity (unit_id, form_code, title, legal_basis, content_other, period_from, period_to, status,
                                                  conclusion, addressee, created_by, created_at)
                SELECT %s, ELT(seq %% 4 + 1, 'DOAN-GS', 'NGHIEN-CUU-VB', 'TTND', 'THAM-GIA'),
                       ELT(seq %% 5 + 1, 'Giám sát việc tiếp công dân của người đứng đầu', 'Giám sát việc kê khai tài sản, thu nhập',
                           'Giám sát trách nhiệm nêu gương của cán bộ chủ chốt', 'Giám sát việc thực hiện dân chủ ở cơ sở',
                           'Giám sát việc giải quyết kiến nghị của cử tri'),
                       'Quy định số 124-QĐ/TW', '', ? + INTERVAL ((seq * 37) %% %d) DAY, ? + INTERVAL ((seq * 37) %% %d + 20) DAY, 'CLOSED',
                       'Đoàn giám sát đã kết luận; các kiến nghị được cấp ủy trả lời.', 'Ban Thường vụ cấp ủy cùng cấp', 'demo-history',
                       UTC_TIMESTAMP(6)
                FROM seq_1_to_%d WHERE (seq * 7) %% 6 <> 0""".formatted(unitOf, days, days, units.size() * 3),
                Date.valueOf(span[0]), Date.valueOf(span[0]));
        jdbc.update("""
                INSERT INTO supervision_subject (activity_id, kind, name, position, organisation, category)
                SELECT a.id, 'PERSON', ELT((a.id + s.seq) % 6 + 1, 'Nguyễn Văn Bình', 'Bùi Thị Hòa', 'Đinh Công Lực', 'Quách Văn Sơn',
                       'Hà Thị Lan', 'Xa Văn Tuấn'), ELT(s.seq, 'Chủ tịch UBND', 'Đảng viên'), '',
                       ELT((a.id + s.seq) % 4 + 1, 'HEAD', 'KEY_CADRE', 'CADRE', 'PARTY_MEMBER')
                FROM supervision_activity a JOIN seq_1_to_2 s WHERE a.created_by = 'demo-history'""");
        // received a week after the supervised period; due in 20 working days (about 28 days), 30 for every fourth (complex);
        // answered between 10 and 45 days after receipt
        jdbc.update("""
                INSERT INTO recommendation (activity_id, unit_id, text, status, complex_case, received_on, standard_due, due_date, answered_on,
                                            answer_summary, outcome, follow_up, closed_on)
                SELECT a.id, a.unit_id, ELT(s.seq, 'Đề nghị chấn chỉnh việc tiếp công dân định kỳ', 'Đề nghị kiểm điểm trách nhiệm người đứng đầu',
                       'Đề nghị công khai kết quả giải quyết kiến nghị'), 'DONE', (a.id + s.seq) % 4 = 0,
                       a.period_to + INTERVAL 7 DAY, a.period_to + INTERVAL 35 DAY, a.period_to + INTERVAL IF((a.id + s.seq) % 4 = 0, 49, 35) DAY,
                       a.period_to + INTERVAL (17 + (a.id * 3 + s.seq * 11) % 36) DAY, 'Cấp ủy đã trả lời bằng văn bản.',
                       ELT((a.id + s.seq) % 4 + 1, 'ACCEPTED', 'ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'), '',
                       a.period_to + INTERVAL 60 DAY
                FROM supervision_activity a JOIN seq_1_to_3 s WHERE a.created_by = 'demo-history' AND (a.id + s.seq) % 5 <> 0""");
    }
}
