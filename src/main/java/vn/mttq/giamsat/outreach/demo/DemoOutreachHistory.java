package vn.mttq.giamsat.outreach.demo;

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
 * The demo's past: conferences, training and dialogues held, and propaganda carried out, by every
 * Front committee over the eighteen months before the last closed half-year ended, so past
 * periods' reports and charts have real, differing figures. All held and reported: nothing
 * waits for anyone.
 */
@Component
class DemoOutreachHistory {

    private final JdbcTemplate jdbc;

    DemoOutreachHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(42)
    void on(DemoProvinceSeeded seeded) {
        if (seeded.unitIdsByCode().get("HB") == null) {
            return;
        }
        List<Long> units = DemoHistory.committees(jdbc);
        String unitOf = DemoHistory.unitBySeq(units);
        DemoHistory.Span span = DemoHistory.span(LocalDate.now(PortalFormats.VIETNAM));
        Date start = Date.valueOf(span.start());
        long days = span.days();
        jdbc.update("""
                INSERT INTO training_session (unit_id, kind, title, starts_on, ends_on, place, documents, speakers, status,
                                              att_front_cadres, att_member_cadres, att_inspection, att_residential, att_party_members,
                                              att_people, att_women, outcome, strengths, limitations, causes, recommendations, created_by,
                                              created_at)
                SELECT %s, ELT(seq %% 5 + 1, 'CONVEY_CONFERENCE', 'TRAINING_COURSE', 'DIALOGUE', 'CONVEY_CONFERENCE', 'DIALOGUE'),
                       ELT(seq %% 5 + 1, 'Hội nghị quán triệt Quy định 124-QĐ/TW', 'Tập huấn kỹ năng giám sát', 'Đối thoại với nhân dân',
                           'Hội nghị triển khai kế hoạch giám sát', 'Đối thoại về giải quyết kiến nghị của cử tri'),
                       ? + INTERVAL ((seq * 41) %% %d) DAY, ? + INTERVAL ((seq * 41) %% %d) DAY, 'Hội trường UBND', 'QD-124', '', 'REPORTED',
                       10 + seq %% 40, 5 + seq %% 25, seq %% 9, seq %% 14, 5 + seq %% 20, IF(seq %% 5 IN (2, 4), 40 + seq %% 90, 0),
                       12 + seq %% 60, 'Hội nghị đạt yêu cầu.', '', '', '', '', 'demo-history', UTC_TIMESTAMP(6)
                FROM seq_1_to_%d WHERE (seq * 13) %% 5 <> 0""".formatted(unitOf, days, days, units.size() * 3), start, start);
        jdbc.update("""
                INSERT INTO propaganda_activity (unit_id, form_code, themes, title, from_on, to_on, quantity, quantity_unit, reach, link,
                                                 created_by, created_at)
                SELECT %s, ELT(seq %% 5 + 1, 'LOA', 'TRANG-TIN', 'TO-ROI', 'MXH', 'LOA'), 'QD-124',
                       ELT(seq %% 3 + 1, 'Tuyên truyền Quy định 124-QĐ/TW', 'Tuyên truyền 19 điều đảng viên không được làm',
                           'Tuyên truyền về góp ý cán bộ, đảng viên nơi cư trú'),
                       ? + INTERVAL ((seq * 23) %% %d) DAY, ? + INTERVAL ((seq * 23) %% %d + 10) DAY, 2 + seq %% 20, 'ARTICLES',
                       500 + (seq * 97) %% 5000, '', 'demo-history', UTC_TIMESTAMP(6)
                FROM seq_1_to_%d WHERE (seq * 17) %% 4 <> 0""".formatted(unitOf, days - 10, days - 10, units.size() * 2), start, start);
    }
}
