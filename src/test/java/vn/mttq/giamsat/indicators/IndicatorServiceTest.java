package vn.mttq.giamsat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/**
 * Every indicator computed from records seeded in 2017 (a year no demo record reaches) across a
 * small known part of the province: the province itself, the district Lương Sơn with its commune
 * Liên Sơn, and the district Kim Bôi. The expected numbers are worked out by hand below; the
 * period boundaries 14/6–15/6 and 14/12–15/12 are crossed on purpose.
 */
@SpringBootTest
@Import(SignIn.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorServiceTest {

    static final LocalDate HALF_FROM = LocalDate.of(2016, 12, 15);
    static final LocalDate HALF_TO = LocalDate.of(2017, 6, 14);
    static final LocalDate YEAR_TO = LocalDate.of(2017, 12, 14);

    @Autowired IndicatorService indicators;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired SignIn signIn;

    long province;
    long district;
    long commune;
    long otherDistrict;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private long insert(String table, Map<String, Object> values) {
        String columns = String.join(", ", values.keySet());
        String marks = values.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", values.values().toArray());
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof LocalDate d ? Date.valueOf(d) : v);
        }
        return m;
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @BeforeAll
    void seed() {
        province = unit("HB");
        district = unit("HB-LS");
        commune = unit("HB-LS-3");
        otherDistrict = unit("HB-KB");
        // plans: the province's (March), Lương Sơn's carrying it out (14/6), Liên Sơn's (15/6: the year only), a draft
        long provincePlan = plan(province, d(2017, 3, 1), null, "PUBLISHED");
        plan(district, d(2017, 6, 14), provincePlan, "PUBLISHED");
        plan(commune, d(2017, 6, 15), null, "PUBLISHED");
        plan(district, null, null, "DRAFT");
        task(provincePlan, district, d(2017, 5, 31), d(2017, 5, 30));     // on time
        task(provincePlan, commune, d(2017, 4, 28), d(2017, 5, 5));       // late
        task(provincePlan, otherDistrict, d(2017, 6, 9), null);           // open at the half-year's end
        task(provincePlan, commune, d(2017, 6, 20), null);                // due in the year only
        // supervision: Liên Sơn's activity starting 14/6 with two persons and a body, Lương Sơn's on 15/6, a cancelled one
        long communeActivity = activity(commune, "NGHIEN-CUU-VB", d(2017, 6, 14), "RECOMMENDED");
        subject(communeActivity, "PERSON", "HEAD");
        subject(communeActivity, "PERSON", "PARTY_MEMBER");
        subject(communeActivity, "BODY", null);
        long districtActivity = activity(district, "DOAN-GS", d(2017, 6, 15), "CONCLUDED");
        subject(districtActivity, "PERSON", "KEY_CADRE");
        activity(commune, "NGHIEN-CUU-VB", d(2017, 3, 1), "CANCELLED");
        // recommendations received 1/3: answered within 20 working days, within the 30 of a complex case, late
        LocalDate received = d(2017, 3, 1);
        LocalDate day20 = calendar.dueDate(received, 20);
        LocalDate day30 = calendar.dueDate(received, 30);
        recommendation(communeActivity, commune, received, day20, day20, day20, "ACCEPTED");
        recommendation(communeActivity, commune, received, day20, day30, day20.plusDays(1), "PARTLY_ACCEPTED"); // extended to 30
        recommendation(communeActivity, commune, received, day20, day20, day20.plusDays(3), "NOT_ACCEPTED");
        LocalDate june14 = calendar.dueDate(d(2017, 6, 14), 20);
        recommendation(communeActivity, commune, d(2017, 6, 14), june14, june14, d(2017, 6, 20), "ACCEPTED");
        LocalDate june15 = calendar.dueDate(d(2017, 6, 15), 20);
        recommendation(districtActivity, district, d(2017, 6, 15), june15, june15, null, null);
        // cases followed by Liên Sơn: 15/12 and 14/6 in the half-year, 14/12 before it, 15/6 after it, one merged
        feedback(commune, d(2017, 6, 14), "REPORT", "HOTLINE", "TOLD", d(2017, 6, 30), d(2017, 6, 10), d(2017, 6, 12));
        feedback(commune, d(2016, 12, 15), "DENUNCIATION_CORRUPTION", "LETTER", "ANSWERED", d(2017, 1, 31), d(2017, 2, 3), null);
        feedback(commune, d(2016, 12, 14), "REPORT", "LETTER", "RECEIVED", null, null, null);
        feedback(otherDistrict, d(2017, 6, 15), "PETITION", "ONLINE", "RECEIVED", null, null, null);
        feedback(commune, d(2017, 1, 10), "REPORT", "LETTER", "MERGED", null, null, null);
        // outreach: a dialogue held at Liên Sơn on 14/6, one planned, propaganda in Lương Sơn, a practice in Liên Sơn
        session(commune, d(2017, 6, 14), "HELD", 5, 95, 40);
        session(commune, d(2017, 6, 1), "PLANNED", 0, 0, null);
        session(otherDistrict, d(2017, 6, 15), "REPORTED", 30, 0, null);
        insert("propaganda_activity", row("unit_id", district, "form_code", "LOA", "themes", "QD-124", "title", "Phát thanh",
                "from_on", d(2017, 2, 1), "to_on", d(2017, 2, 28), "quantity", 8, "quantity_unit", "BROADCASTS", "reach", 3000, "link", "",
                "created_by", "test", "created_at", "2017-02-01 03:00:00"));
        insert("good_practice", row("unit_id", commune, "title", "Tổ giám sát cộng đồng", "description", "", "since_on", d(2016, 1, 1),
                "results", "", "status", "RECOGNISED", "decided_on", d(2017, 6, 1), "created_by", "test", "created_at", "2017-02-01 03:00:00"));
    }

    private long plan(long unit, LocalDate issued, Long parent, String status) {
        return insert("plan", row("issuing_unit_id", unit, "status", status, "title", "Kế hoạch thử", "legal_bases", "", "purposes", "",
                "contents", "", "organisation", "", "issued_on", issued, "parent_plan_id", parent, "created_by", "test",
                "created_at", "2017-01-01 00:00:00"));
    }

    private void task(long plan, long unit, LocalDate due, LocalDate done) {
        insert("plan_task", row("plan_id", plan, "title", "Nhiệm vụ thử", "lead_unit_id", unit, "due_date", due, "expected_output", "",
                "status", done == null ? "OPEN" : "DONE", "report", "", "done_on", done));
    }

    private long activity(long unit, String form, LocalDate from, String status) {
        return insert("supervision_activity", row("unit_id", unit, "form_code", form, "title", "Giám sát thử", "legal_basis", "",
                "content_other", "", "period_from", from, "period_to", from.plusDays(30), "status", status, "conclusion", "",
                "addressee", "", "created_by", "test", "created_at", "2017-01-01 00:00:00"));
    }

    private void subject(long activity, String kind, String category) {
        insert("supervision_subject", row("activity_id", activity, "kind", kind, "name", "Nguyễn Văn A", "position", "", "organisation", "",
                "category", category));
    }

    /** As the service writes it on receipt: the standard limit's last day kept, the due date moved by an extension. */
    private void recommendation(long activity, long unit, LocalDate received, LocalDate standard, LocalDate due, LocalDate answered,
                                String outcome) {
        insert("recommendation", row("activity_id", activity, "unit_id", unit, "text", "Kiến nghị thử",
                "status", answered == null ? "AWAITING_ANSWER" : "ANSWERED", "received_on", received, "standard_due", standard,
                "due_date", due, "answered_on", answered,
                "outcome", outcome, "follow_up", ""));
    }

    private int cases;

    private void feedback(long unit, LocalDate received, String kind, String channel, String status, LocalDate due, LocalDate answered,
                          LocalDate told) {
        insert("feedback_case", row("receipt_code", "T17-" + (++cases), "channel", channel, "received_on", received, "kind", kind,
                "subject_name", "", "subject_position", "", "subject_unit", "", "content", "Nội dung thử", "classification", "",
                "following_unit_id", unit, "status", status, "anonymous", true, "due_date", due, "answered_on", answered, "told_on", told,
                "created_by", "test", "created_at", "2017-01-01 00:00:00"));
    }

    private void session(long unit, LocalDate on, String status, int front, int people, Integer women) {
        insert("training_session", row("unit_id", unit, "kind", "DIALOGUE", "title", "Đối thoại thử", "starts_on", on, "ends_on", on,
                "place", "", "documents", "", "speakers", "", "status", status, "outcome", "", "strengths", "", "limitations", "",
                "causes", "", "recommendations", "", "att_front_cadres", front, "att_people", people, "att_women", women,
                "created_by", "test", "created_at", "2017-01-01 00:00:00"));
    }

    @Test
    void every_indicator_of_the_half_year_has_its_hand_counted_value_once_in_the_commune_district_and_province() {
        signIn.as("admin");
        IndicatorService.Breakdown p = indicators.breakdown(province, HALF_FROM, HALF_TO);
        Values total = p.total();
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("plans.issued", 2L);
        expected.put("plans.derived", 1L);
        expected.put("tasks.done-on-time", 1L);
        expected.put("tasks.done-late", 1L);
        expected.put("tasks.open", 1L);
        expected.put("supervision.activities", 1L);
        expected.put("supervision.form.NGHIEN-CUU-VB", 1L);
        expected.put("supervision.form.DOAN-GS", 0L);
        expected.put("supervision.persons.HEAD", 1L);
        expected.put("supervision.persons.PARTY_MEMBER", 1L);
        expected.put("supervision.persons.KEY_CADRE", 0L);
        expected.put("recommendations.received", 4L);
        expected.put("recommendations.answered-standard", 1L);
        expected.put("recommendations.answered-extended", 1L);
        expected.put("recommendations.answered-late", 1L);
        expected.put("recommendations.unanswered", 1L);
        expected.put("recommendations.outcome.ACCEPTED", 1L);
        expected.put("recommendations.outcome.PARTLY_ACCEPTED", 1L);
        expected.put("recommendations.outcome.NOT_ACCEPTED", 1L);
        expected.put("cases.received", 2L);
        expected.put("cases.kind.REPORT", 1L);
        expected.put("cases.kind.DENUNCIATION_CORRUPTION", 1L);
        expected.put("cases.channel.HOTLINE", 1L);
        expected.put("cases.channel.LETTER", 1L);
        expected.put("cases.answered-on-time", 1L);
        expected.put("cases.answered-late", 1L);
        expected.put("cases.told", 1L);
        expected.put("sessions.held", 1L);
        expected.put("sessions.kind.DIALOGUE", 1L);
        expected.put("attendance.total", 100L);
        expected.put("attendance.FRONT_CADRES", 5L);
        expected.put("attendance.PEOPLE", 95L);
        expected.put("attendance.women", 40L);
        expected.put("propaganda.activities", 1L);
        expected.put("propaganda.form.LOA", 1L);
        expected.put("practices.recognised", 1L);
        // the demo data lies in later years, so the 2017 half-year holds only what was seeded here
        expected.forEach((code, value) -> assertThat(total.get(code)).as(code).isEqualTo(value));
        assertThat(p.own().get("plans.issued")).isEqualTo(1);
        // Lương Sơn's branch holds everything but the province's own plan and Kim Bôi's open task
        Values ls = p.branches().get(district);
        assertThat(ls.get("plans.issued")).isEqualTo(1);
        assertThat(ls.get("tasks.done-late")).isEqualTo(1);
        assertThat(ls.get("recommendations.received")).isEqualTo(4);
        assertThat(p.branches().get(otherDistrict).get("tasks.open")).isEqualTo(1);
        // the district's own breakdown: the commune is a branch, counted once
        IndicatorService.Breakdown dl = indicators.breakdown(district, HALF_FROM, HALF_TO);
        assertThat(dl.total().asMap()).isEqualTo(ls.asMap());
        assertThat(dl.branches().get(commune).get("cases.received")).isEqualTo(2);
        assertThat(dl.own().get("propaganda.activities")).isEqualTo(1);
        // every indicator in the catalogue is known, and every counted code is in the catalogue
        assertThat(indicators.catalogue()).extracting(Indicator::code).containsAll(expected.keySet());
        assertThat(indicators.catalogue()).extracting(Indicator::code).containsAll(total.asMap().keySet());
    }

    @Test
    void the_year_to_14_december_takes_in_what_the_half_year_left_out_and_15_december_starts_the_next() {
        signIn.as("admin");
        Values year = indicators.subtree(province, HALF_FROM, YEAR_TO);
        assertThat(year.get("plans.issued")).isEqualTo(3);
        assertThat(year.get("tasks.open")).isEqualTo(2);
        assertThat(year.get("supervision.activities")).isEqualTo(2);
        assertThat(year.get("supervision.persons.KEY_CADRE")).isEqualTo(1);
        assertThat(year.get("recommendations.received")).isEqualTo(5);
        assertThat(year.get("recommendations.unanswered")).isEqualTo(1);
        assertThat(year.get("recommendations.answered-standard")).isEqualTo(2);
        assertThat(year.get("cases.received")).isEqualTo(3);
        assertThat(year.get("cases.channel.ONLINE")).isEqualTo(1);
        assertThat(year.get("sessions.held")).isEqualTo(2);
        assertThat(year.get("attendance.total")).isEqualTo(130);
        Values before = indicators.subtree(province, LocalDate.of(2015, 12, 15), LocalDate.of(2016, 12, 14));
        assertThat(before.get("cases.received")).isEqualTo(1);
        assertThat(before.get("cases.kind.REPORT")).isEqualTo(1);
    }

    @Test
    void a_district_reads_its_own_subtree_only_and_a_token_scope_is_enforced_the_same_way() {
        signIn.as("luongson");
        assertThat(indicators.subtree(district, HALF_FROM, HALF_TO).get("cases.received")).isEqualTo(2);
        assertThatThrownBy(() -> indicators.breakdown(province, HALF_FROM, HALF_TO)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.breakdown(otherDistrict, HALF_FROM, HALF_TO)).isInstanceOf(AccessDeniedException.class);
        signIn.signOut();
        // another system, as the open API signs it in: no person, no person's scope
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api:test", null,
                List.of(new SimpleGrantedAuthority("ROLE_API"))));
        assertThat(indicators.breakdownWithin(district, commune, HALF_FROM, HALF_TO).total().get("recommendations.received")).isEqualTo(4);
        assertThatThrownBy(() -> indicators.breakdownWithin(district, otherDistrict, HALF_FROM, HALF_TO))
                .isInstanceOf(AccessDeniedException.class);
    }
}
