package vn.mttq.giamsat;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * The benchmark's province-sized data, written straight in SQL (MariaDB's sequence engine):
 * 200,000 supervision activities with 1,000,000 recommendations, 1,000,000 people's cases,
 * 500,000 training sessions, 100 plans with 20,000 tasks, spread over the province's Front
 * committees and the last two years. Used by PortalBenchmark and the load command.
 */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    public static void fillAllFeatures(JdbcTemplate jdbc) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        List<Long> units = jdbc.queryForList("select id from unit where kind in ('PROVINCE_FRONT', 'DISTRICT_FRONT', 'COMMUNE_FRONT') order by id",
                Long.class);
        String unitOf = "ELT(seq % " + units.size() + " + 1, " + String.join(",", units.stream().map(String::valueOf).toList()) + ")";
        long firstActivity = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from supervision_activity", Long.class);
        jdbc.update("""
                INSERT INTO supervision_activity (unit_id, form_code, title, legal_basis, content_other, period_from, period_to, status,
                                                  conclusion, addressee, created_by, created_at)
                SELECT %s, ELT(seq %% 3 + 1, 'DOAN-GS', 'NGHIEN-CUU-VB', 'TTND'), CONCAT('Giám sát đo hiệu năng ', seq), '', '',
                       ? - INTERVAL (seq %% 700) DAY, ? - INTERVAL (seq %% 700) DAY + INTERVAL 20 DAY, 'RECOMMENDED', '', 'Cấp ủy',
                       'benchmark', UTC_TIMESTAMP(6)
                FROM seq_1_to_200000""".formatted(unitOf), today, today);
        jdbc.update("""
                INSERT INTO recommendation (activity_id, unit_id, text, status, received_on, standard_due, due_date, answered_on, outcome,
                                            follow_up)
                SELECT a.id, a.unit_id, 'Kiến nghị đo hiệu năng', IF(s.seq % 3 = 0, 'AWAITING_ANSWER', 'ANSWERED'),
                       a.period_to + INTERVAL 2 DAY, a.period_to + INTERVAL 30 DAY, a.period_to + INTERVAL IF(s.seq = 5, 44, 30) DAY,
                       IF(s.seq % 3 = 0, NULL, a.period_to + INTERVAL (20 + (a.id + s.seq) % 20) DAY),
                       IF(s.seq % 3 = 0, NULL, ELT(s.seq % 4 + 1, 'ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED', 'VIOLATION_DISCIPLINE')), ''
                FROM supervision_activity a JOIN seq_1_to_5 s WHERE a.id >= ? AND a.created_by = 'benchmark'""", firstActivity);
        jdbc.update("""
                INSERT INTO feedback_case (receipt_code, channel, received_on, kind, subject_name, subject_position, subject_unit, content,
                                           classification, following_unit_id, status, due_date, answered_on, told_on, anonymous, created_by,
                                           created_at)
                SELECT CONCAT('BI', LPAD(seq, 10, '0')),
                       ELT(seq %% 8 + 1, 'CONFERENCE', 'LETTER', 'MAILBOX', 'HOTLINE', 'EMAIL', 'WEBSITE', 'IN_PERSON', 'ONLINE'),
                       ? - INTERVAL (seq %% 700) DAY,
                       ELT(seq %% 9 + 1, 'COMMENT_PARTY_COMMITTEE', 'COMMENT_ORGANISATION', 'COMMENT_CADRE', 'COMMENT_PARTY_MEMBER', 'REPORT',
                           'PETITION', 'DENUNCIATION_CORRUPTION', 'DENUNCIATION_WASTE', 'OTHER'),
                       '', '', '', 'Nội dung đo hiệu năng', 'OTHER', %s, IF(seq %% 50 = 0, 'AWAITING_ANSWER', 'TOLD'),
                       ? - INTERVAL (seq %% 700) DAY + INTERVAL 28 DAY,
                       IF(seq %% 50 = 0, NULL, ? - INTERVAL (seq %% 700) DAY + INTERVAL (20 + seq %% 15) DAY),
                       IF(seq %% 50 = 0, NULL, ? - INTERVAL (seq %% 700) DAY + INTERVAL 40 DAY), TRUE, 'benchmark', UTC_TIMESTAMP(6)
                FROM seq_1_to_1000000""".formatted(unitOf), today, today, today, today);
        jdbc.update("""
                INSERT INTO training_session (unit_id, kind, title, starts_on, ends_on, place, documents, speakers, status,
                                              att_front_cadres, att_member_cadres, att_inspection, att_residential, att_party_members,
                                              att_people, outcome, strengths, limitations, causes, recommendations, created_by, created_at)
                SELECT %s, ELT(seq %% 5 + 1, 'CONVEY_CONFERENCE', 'TRAINING_COURSE', 'DIALOGUE', 'INTERIM_REVIEW', 'FINAL_REVIEW'),
                       'Hội nghị đo hiệu năng', ? - INTERVAL (seq %% 1460) DAY, ? - INTERVAL (seq %% 1460) DAY, '', '', '',
                       IF(seq %% 10 = 0, 'PLANNED', 'HELD'), seq %% 40, seq %% 30, seq %% 7, seq %% 11, seq %% 25, seq %% 120,
                       '', '', '', '', '', 'benchmark', UTC_TIMESTAMP(6)
                FROM seq_1_to_500000""".formatted(unitOf), today, today);
        long firstPlan = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from plan", Long.class);
        jdbc.update("""
                INSERT INTO plan (issuing_unit_id, status, title, legal_bases, purposes, contents, organisation, issued_on, version_no,
                                  created_by, created_at)
                SELECT %s, 'PUBLISHED', 'Kế hoạch đo hiệu năng', '', '', '', '', ? - INTERVAL (seq * 7) DAY, 1, 'benchmark', UTC_TIMESTAMP(6)
                FROM seq_1_to_100""".formatted(unitOf), today);
        jdbc.update("""
                INSERT INTO plan_task (plan_id, title, lead_unit_id, due_date, expected_output, status, progress, report, done_on)
                SELECT ? + seq %% 100, 'Nhiệm vụ đo hiệu năng', %s, ? - INTERVAL (seq %% 700) DAY, '', IF(seq %% 4 = 0, 'OPEN', 'DONE'), 0, '',
                       IF(seq %% 4 = 0, NULL, ? - INTERVAL (seq %% 700) DAY + INTERVAL (CAST(seq %% 9 AS SIGNED) - 4) DAY)
                FROM seq_1_to_20000""".formatted(unitOf), firstPlan, today, today);
    }
}
