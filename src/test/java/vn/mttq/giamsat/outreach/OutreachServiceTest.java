package vn.mttq.giamsat.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;

/**
 * Sessions from planning to the report, propaganda and good practices, and the figures every
 * level reads: a commune's session counted in its district and the province once, the half-year
 * boundary, and the scope denials.
 */
@SpringBootTest
@Import(SignIn.class)
class OutreachServiceTest {

    @Autowired SessionService sessions;
    @Autowired PropagandaService propaganda;
    @Autowired PracticeService practices;
    @Autowired OutreachFigures figures;
    @Autowired AttendeeLists attendees;
    @Autowired LegalTimeLimits limits;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(PortalFormats.VIETNAM);

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private long unitNamed(String name) {
        return jdbc.queryForObject("select id from unit where name = ?", Long.class, name);
    }

    private static SessionService.Attendance counts(int front, int people) {
        return new SessionService.Attendance(Map.of(Audience.FRONT_CADRES, front, Audience.PEOPLE, people), null, null);
    }

    @Test
    void a_session_goes_from_planned_to_held_to_reported_and_refuses_steps_out_of_turn() {
        signIn.as("luongson");
        TrainingSession s = sessions.plan(unit("HB-LS"), SessionKind.CONVEY_CONFERENCE, "Hội nghị quán triệt Quy định 124 " + UUID.randomUUID(),
                today.minusDays(2), today.minusDays(2), "Hội trường UBND huyện");
        assertThat(s.getStatus()).isEqualTo(SessionStatus.PLANNED);
        assertThatThrownBy(() -> sessions.report(s.getId())).hasMessage("outreach.error.transition");
        assertThatThrownBy(() -> sessions.held(s.getId(), counts(-1, 10), SessionService.Outcome.none())).hasMessage("outreach.error.negative");
        assertThatThrownBy(() -> sessions.held(s.getId(), new SessionService.Attendance(Map.of(Audience.PEOPLE, 10), 11, null),
                SessionService.Outcome.none())).hasMessage("outreach.error.part");
        TrainingSession held = sessions.held(s.getId(), new SessionService.Attendance(Map.of(Audience.FRONT_CADRES, 40, Audience.PEOPLE, 110),
                70, 12), new SessionService.Outcome("Quán triệt đầy đủ", "", "", "", ""));
        assertThat(held.getStatus()).isEqualTo(SessionStatus.HELD);
        assertThat(held.totalAttendance()).isEqualTo(150);
        assertThatThrownBy(() -> sessions.cancel(s.getId(), "Muộn rồi")).hasMessage("outreach.error.transition");
        assertThat(sessions.report(s.getId()).getStatus()).isEqualTo(SessionStatus.REPORTED);
        assertThat(sessions.history(s.getId())).extracting(e -> e.getAction())
                .containsExactly("TRAINING_PLANNED", "TRAINING_HELD", "TRAINING_REPORTED");

        TrainingSession later = sessions.plan(unit("HB-LS"), SessionKind.TRAINING_COURSE, "Tập huấn cán bộ " + UUID.randomUUID(),
                today.plusDays(10), today.plusDays(11), "");
        assertThatThrownBy(() -> sessions.held(later.getId(), counts(1, 1), SessionService.Outcome.none())).hasMessage("outreach.error.not-yet");
        // begun but not over: a two-day course that started today is held from tomorrow, not now (issue 22)
        TrainingSession running = sessions.plan(unit("HB-LS"), SessionKind.TRAINING_COURSE, "Lớp hai ngày " + UUID.randomUUID(),
                today, today.plusDays(1), "");
        assertThatThrownBy(() -> sessions.held(running.getId(), counts(1, 1), SessionService.Outcome.none())).hasMessage("outreach.error.not-yet");
        assertThatThrownBy(() -> sessions.cancel(later.getId(), " ")).hasMessage("outreach.error.reason");
        assertThat(sessions.cancel(later.getId(), "Trùng lịch họp Huyện ủy").getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThatThrownBy(() -> sessions.plan(unit("HB-LS"), SessionKind.DIALOGUE, "Đối thoại", today, today.minusDays(1), ""))
                .hasMessage("outreach.error.period");
    }

    /** Issue 21: numbers and dates a person types have plausible bounds; nothing is saved past them. */
    @Test
    void implausible_attendance_quantities_and_years_are_refused_and_nothing_is_saved() {
        signIn.as("luongson");
        assertThatThrownBy(() -> sessions.plan(unit("HB-LS"), SessionKind.DIALOGUE, "Đối thoại năm gõ nhầm", LocalDate.of(20266, 1, 5),
                LocalDate.of(20266, 1, 5), "")).hasMessage("error.date.years");
        assertThatThrownBy(() -> sessions.plan(unit("HB-LS"), SessionKind.DIALOGUE, "Đối thoại năm 202", LocalDate.of(202, 1, 5),
                LocalDate.of(202, 1, 5), "")).hasMessage("error.date.years");
        TrainingSession s = sessions.plan(unit("HB-LS"), SessionKind.CONVEY_CONFERENCE, "Hội nghị số người lớn " + UUID.randomUUID(),
                today.minusDays(1), today.minusDays(1), "");
        assertThatThrownBy(() -> sessions.held(s.getId(), new SessionService.Attendance(Map.of(Audience.FRONT_CADRES, Integer.MAX_VALUE,
                Audience.PEOPLE, Integer.MAX_VALUE), null, null), SessionService.Outcome.none())).hasMessage("outreach.error.too-many-people");
        assertThat(sessions.get(s.getId()).getStatus()).as("nothing saved").isEqualTo(SessionStatus.PLANNED);
        assertThat(sessions.held(s.getId(), counts(SessionService.MAX_PER_AUDIENCE, SessionService.MAX_PER_AUDIENCE), SessionService.Outcome.none())
                .totalAttendance()).isEqualTo(2 * SessionService.MAX_PER_AUDIENCE);
        assertThatThrownBy(() -> propaganda.record(unit("HB-LS"), new PropagandaService.Entry("LOA", List.of(), "Âm", today, today,
                Integer.MAX_VALUE, QuantityUnit.BROADCASTS, 0, null))).hasMessage("outreach.error.too-large");
        assertThatThrownBy(() -> propaganda.record(unit("HB-LS"), new PropagandaService.Entry("LOA", List.of(), "Âm", LocalDate.of(1989, 12, 31),
                today, 1, QuantityUnit.BROADCASTS, 0, null))).hasMessage("error.date.years");
    }

    @Test
    void counts_above_the_named_attendee_list_are_refused() {
        signIn.as("luongson");
        TrainingSession s = sessions.plan(unit("HB-LS"), SessionKind.TRAINING_COURSE, "Tập huấn có danh sách " + UUID.randomUUID(),
                today.minusDays(1), today.minusDays(1), "");
        attendees.replace(s.getId(), List.of(new AttendeeLists.Attendee("Bùi Văn A", "xã Cư Yên", "Chủ tịch", Audience.FRONT_CADRES),
                new AttendeeLists.Attendee("Đinh Thị B", "xã Cư Yên", "Trưởng ban CTMT", Audience.RESIDENTIAL_HEADS)));
        assertThatThrownBy(() -> sessions.held(s.getId(), counts(2, 0), SessionService.Outcome.none()))
                .hasMessage("outreach.error.above-list");
        assertThat(sessions.held(s.getId(), new SessionService.Attendance(Map.of(Audience.FRONT_CADRES, 1, Audience.RESIDENTIAL_HEADS, 1),
                null, null), SessionService.Outcome.none()).totalAttendance()).isEqualTo(2);
    }

    @Test
    void a_communes_session_counts_once_in_the_commune_its_district_and_the_province_and_periods_end_on_14_june() {
        long commune = unitNamed("Ủy ban MTTQ xã Liên Sơn");
        signIn.as("luongson");
        LocalDate june14 = LocalDate.of(2024, 6, 14);
        sessions.held(sessions.plan(commune, SessionKind.DIALOGUE, "Đối thoại với nhân dân xã Liên Sơn", june14, june14, "Nhà văn hóa").getId(),
                counts(5, 95), SessionService.Outcome.none());
        sessions.held(sessions.plan(commune, SessionKind.DIALOGUE, "Đối thoại lần hai", june14.plusDays(1), june14.plusDays(1), "").getId(),
                counts(3, 47), SessionService.Outcome.none());
        propaganda.record(commune, new PropagandaService.Entry("LOA", List.of("QD-124"), "Phát thanh Quy định 124", june14.minusDays(10),
                june14.minusDays(3), 6, QuantityUnit.BROADCASTS, 2000, null));

        ReportingPeriod half = limits.periodsContaining(june14).getFirst();
        assertThat(half.kind()).isEqualTo("HALF_YEAR");
        assertThat(half.from()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(limits.periodsContaining(june14.plusDays(1))).extracting(ReportingPeriod::kind).containsExactly("YEAR");

        OutreachFigures.Figures own = figures.own(commune, half.from(), half.to());
        assertThat(own.sessions()).containsEntry(SessionKind.DIALOGUE, 1L);
        assertThat(own.attendees()).isEqualTo(100);
        assertThat(own.propaganda().get("LOA")).isEqualTo(new OutreachFigures.FormTotal(1, 6, 2000));
        assertThat(figures.subtree(unit("HB-LS"), half.from(), half.to()).sessions().get(SessionKind.DIALOGUE))
                .as("the district's subtree").isEqualTo(1L);
        assertThat(figures.own(unit("HB-LS"), half.from(), half.to()).sessions().get(SessionKind.DIALOGUE))
                .as("not the district's own").isZero();
        ReportingPeriod year = limits.periodsOf(2024).getLast();
        assertThat(figures.subtree(commune, year.from(), year.to()).attendees()).isEqualTo(150);

        signIn.as("dcpl");
        OutreachFigures.Figures province = figures.subtree(unit("HB"), half.from(), half.to());
        assertThat(province.sessions().get(SessionKind.DIALOGUE)).as("counted once in the province").isEqualTo(1L);
        Map<Long, OutreachFigures.Figures> branches = figures.byBranch(unit("HB"), half.from(), half.to());
        assertThat(branches.get(unit("HB-LS")).attendees()).isEqualTo(100);
        assertThat(branches.get(unit("HB-KB")).attendees()).isZero();
        assertThat(branches.keySet().iterator().next()).isEqualTo(unit("HB"));
    }

    @Test
    void a_district_neither_sees_nor_records_another_districts_and_a_member_organisation_sees_what_it_co_organises() {
        signIn.as("dcpl");
        TrainingSession kimBoi = sessions.plan(unit("HB-KB"), SessionKind.TRAINING_COURSE, "Tập huấn Kim Bôi " + UUID.randomUUID(),
                today.plusDays(5), today.plusDays(5), "");
        sessions.coOrganise(kimBoi.getId(), Set.of(unit("HB-HND")));
        assertThatThrownBy(() -> sessions.coOrganise(kimBoi.getId(), Set.of(unit("HB-LS")))).hasMessage("outreach.error.co-organiser");
        assertThat(jdbc.queryForObject("select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.username = 'hoinongdan' and n.link = ?", Integer.class, "tap-huan/" + kimBoi.getId())).isOne();

        signIn.as("luongson");
        assertThatThrownBy(() -> sessions.get(kimBoi.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.plan(unit("HB-KB"), SessionKind.DIALOGUE, "Không được", today, today, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.subtree(unit("HB-KB"), today, today)).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.list(SessionService.Filter.all(), PageRequest.of(0, 500)).getContent())
                .extracting(TrainingSession::getId).doesNotContain(kimBoi.getId());

        signIn.as("hoinongdan");
        assertThat(sessions.get(kimBoi.getId()).getTitle()).isEqualTo(kimBoi.getTitle());
        assertThat(sessions.list(SessionService.Filter.all(), PageRequest.of(0, 500)).getContent())
                .extracting(TrainingSession::getId).contains(kimBoi.getId());
        assertThatThrownBy(() -> sessions.cancel(kimBoi.getId(), "Không phải đơn vị tổ chức")).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.plan(unit("HB-HND"), SessionKind.TRAINING_COURSE, "Tập huấn hội viên " + UUID.randomUUID(), today, today, "")
                .getUnitId()).isEqualTo(unit("HB-HND"));
    }

    @Test
    void propaganda_refuses_bad_entries_and_practices_are_decided_by_the_level_above() {
        signIn.as("luongson");
        assertThatThrownBy(() -> propaganda.record(unit("HB-LS"), new PropagandaService.Entry("LOA", List.of(), "Âm", today, today, -1,
                QuantityUnit.BROADCASTS, 0, null))).hasMessage("outreach.error.negative");
        assertThatThrownBy(() -> propaganda.record(unit("HB-LS"), new PropagandaService.Entry("KHONG-CO", List.of(), "Lạ", today, today, 1,
                QuantityUnit.BROADCASTS, 0, null))).hasMessage("outreach.error.form");
        assertThatThrownBy(() -> propaganda.record(unit("HB-LS"), new PropagandaService.Entry("MXH", List.of(), "Bài đăng", today, today, 1,
                QuantityUnit.POSTS, 10, "javascript:alert(1)"))).hasMessage("outreach.error.link");

        GoodPractice g = practices.propose(unit("HB-LS"), "Tổ giám sát cộng đồng ở khu dân cư " + UUID.randomUUID(),
                "Mỗi khu dân cư một tổ ba người theo dõi việc tu dưỡng của đảng viên nơi cư trú.", today.minusMonths(8), "");
        assertThat(practices.mayDecide(g)).as("not its own unit").isFalse();
        assertThatThrownBy(() -> practices.decide(g.getId(), g.getVersion(), true, false, null)).isInstanceOf(AccessDeniedException.class);

        signIn.as("dcpl");
        assertThatThrownBy(() -> practices.decide(g.getId(), g.getVersion(), false, false, " ")).hasMessage("outreach.error.reason");
        GoodPractice recognised = practices.decide(g.getId(), g.getVersion(), true, true, "Nhân rộng toàn tỉnh");
        assertThat(recognised.getStatus()).isEqualTo(PracticeStatus.RECOGNISED);
        assertThat(recognised.isCommendationProposed()).isTrue();
        assertThat(figures.subtree(unit("HB"), today.minusDays(1), today.plusDays(1)).practicesRecognised()).isPositive();

        signIn.as("hoinongdan");
        assertThat(practices.list(true, null, "Tổ giám sát cộng đồng", PageRequest.of(0, 50)).getContent())
                .as("the province-wide list of recognised practices").extracting(GoodPractice::getId).contains(g.getId());
    }

    @Autowired AttachmentService attachments;

    @Test
    void a_practices_evidence_is_read_in_scope_while_proposed_and_by_everyone_once_recognised() {
        signIn.as("luongson");
        GoodPractice g = practices.propose(unit("HB-LS"), "Sổ theo dõi ý kiến cử tri " + UUID.randomUUID(), "Mỗi tổ dân phố một sổ.",
                today.minusMonths(3), "");
        assertThat(practices.mayAddEvidence(g)).isTrue();
        var file = attachments.attach(PracticeService.SOURCE_TYPE, String.valueOf(g.getId()), unit("HB-LS"), false, "so-theo-doi.pdf",
                new ByteArrayInputStream("%PDF-1.7\n% minh chứng\n".getBytes(StandardCharsets.UTF_8)));
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> attachments.open(file.id())).as("not yet recognised, outside the association's scope")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("dcpl");
        GoodPractice recognised = practices.decide(g.getId(), g.getVersion(), true, false, null);
        assertThat(practices.mayAddEvidence(recognised)).isFalse();
        signIn.as("hoinongdan");
        assertThat(attachments.open(file.id()).attachment().fileName()).isEqualTo("so-theo-doi.pdf");
    }
}
