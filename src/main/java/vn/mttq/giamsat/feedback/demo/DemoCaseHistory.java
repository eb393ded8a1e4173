package vn.mttq.giamsat.feedback.demo;

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
 * The demo's past: people's comments, reports and denunciations followed by every Front committee
 * over the eighteen months before the last closed half-year ended, of every kind and channel,
 * all answered (most on time) and closed, so the periodic reports and the dashboard of past
 * periods show real figures without adding anything to the lists of pending work. Anonymous,
 * with fictitious subjects.
 */
@Component
class DemoCaseHistory {

    private final JdbcTemplate jdbc;

    DemoCaseHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(41)
    void on(DemoProvinceSeeded seeded) {
        if (seeded.unitIdsByCode().get("HB") == null) {
            return;
        }
        List<Long> units = DemoHistory.committees(jdbc);
        String unitOf = DemoHistory.unitBySeq(units);
        DemoHistory.Span span = DemoHistory.span(LocalDate.now(PortalFormats.VIETNAM));
        LocalDate start = span.start();
        long days = span.days() - 60;
        jdbc.update("""
                INSERT INTO feedback_case (receipt_code, channel, received_on, kind, subject_name, subject_position, subject_unit, content,
                                           classification, following_unit_id, status, forwarded_on, due_date, answered_on, answer_summary,
                                           told_on, told_how, closed_on, anonymous, created_by, created_at)
                SELECT CONCAT('LS-', LPAD(seq, 5, '0')),
                       ELT((seq * 3) %% 8 + 1, 'CONFERENCE', 'LETTER', 'MAILBOX', 'HOTLINE', 'EMAIL', 'WEBSITE', 'IN_PERSON', 'LETTER'),
                       ? + INTERVAL ((seq * 29) %% %d) DAY,
                       ELT((seq * 5) %% 9 + 1, 'COMMENT_PARTY_COMMITTEE', 'COMMENT_ORGANISATION', 'COMMENT_CADRE', 'COMMENT_PARTY_MEMBER',
                           'REPORT', 'PETITION', 'DENUNCIATION_CORRUPTION', 'REPORT', 'PETITION'),
                       'Cán bộ (ẩn danh)', 'Cán bộ xã', 'UBND xã',
                       ELT(seq %% 4 + 1, 'Chậm giải quyết hồ sơ đất đai', 'Thái độ chưa đúng mực khi tiếp dân',
                           'Thu khoản đóng góp không công khai', 'Công trình chậm tiến độ'),
                       'OTHER', %s, 'CLOSED', ? + INTERVAL ((seq * 29) %% %d + 3) DAY, ? + INTERVAL ((seq * 29) %% %d + 31) DAY,
                       ? + INTERVAL ((seq * 29) %% %d + 12 + (seq * 7) %% 30) DAY, 'Cơ quan có thẩm quyền đã trả lời bằng văn bản.',
                       ? + INTERVAL ((seq * 29) %% %d + 45) DAY, 'Gửi văn bản', ? + INTERVAL ((seq * 29) %% %d + 46) DAY, TRUE,
                       'demo-history', UTC_TIMESTAMP(6)
                FROM seq_1_to_%d WHERE (seq * 11) %% 7 <> 0""".formatted(days, unitOf, days, days, days, days, days, units.size() * 5),
                Date.valueOf(start), Date.valueOf(start), Date.valueOf(start), Date.valueOf(start), Date.valueOf(start), Date.valueOf(start));
    }
}
