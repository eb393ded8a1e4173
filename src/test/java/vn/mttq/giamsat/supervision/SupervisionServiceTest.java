package vn.mttq.giamsat.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.DeadlineReminders;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.deadlines.DeadlineStatus;

/** The life of a supervision activity and of its recommendations, their deadlines, and who may do what. */
@SpringBootTest
@Import(SignIn.class)
class SupervisionServiceTest {

    @Autowired ActivityService activities;
    @Autowired RecommendationService recommendations;
    @Autowired DeadlineService deadlines;
    @Autowired DeadlineReminders reminders;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private Activity delegation(String user, String unitCode, String title, LocalDate from, LocalDate to) {
        signIn.as(user);
        Activity a = activities.create(unit(unitCode), "DOAN-GS", title + " " + System.nanoTime(), from, to);
        activities.setDelegation(a.getId(), List.of(
                new ActivityService.MemberInput(unit(unitCode), "Đỗ Khắc Huấn", "Trưởng ban", DelegationRole.HEAD),
                new ActivityService.MemberInput(unit("HB-HND"), "Đinh Thị Lụa", "Phó Chủ tịch Hội Nông dân", DelegationRole.MEMBER)));
        return a;
    }

    /** An activity taken to "recommendations sent" with one recommendation, the letter dated {@code letterOn}. */
    private Recommendation sent(String title, LocalDate letterOn) {
        Activity a = delegation("dcpl", "HB", title, letterOn.minusDays(30), letterOn);
        activities.start(a.getId());
        Subject s = activities.addSubject(a.getId(), new ActivityService.SubjectInput(Subject.Kind.PERSON, "Trần Văn Bình",
                "Chủ tịch UBND", "xã Cư Yên", SubjectCategory.HEAD));
        activities.addFinding(a.getId(), s.getId(), new ContentPoint("PUBLIC_ETHICS", "DDCV-03"), "Có biểu hiện hách dịch khi tiếp dân.");
        activities.conclude(a.getId(), "Cần chấn chỉnh tác phong tiếp công dân.");
        Recommendation r = recommendations.add(a.getId(), s.getId(), "Đề nghị kiểm điểm, chấn chỉnh tác phong tiếp công dân.");
        Activity stored = activities.get(a.getId());
        stored.setAddressee("Ban Thường vụ Tỉnh ủy");
        activities.save(stored);
        recommendations.issueLetter(a.getId(), letterOn);
        return recommendations.get(r.getId());
    }

    @Test
    void an_activity_goes_from_planned_to_closed_and_refuses_a_step_out_of_turn() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        signIn.as("dcpl");
        Activity a = activities.create(unit("HB"), "DOAN-GS", "Giám sát tiếp công dân " + System.nanoTime(),
                today.minusDays(20), today.plusDays(10));
        assertThat(a.getStatus()).isEqualTo(ActivityStatus.PLANNED);
        assertThatThrownBy(() -> activities.start(a.getId())).hasMessage("supervision.error.no-head");
        assertThatThrownBy(() -> activities.setDelegation(a.getId(), List.of(new ActivityService.MemberInput(unit("HB-HND"),
                "Đinh Thị Lụa", "", DelegationRole.MEMBER)))).hasMessage("supervision.error.no-head");
        assertThatThrownBy(() -> activities.conclude(a.getId(), "Sớm quá")).hasMessage("supervision.error.transition");
        activities.setDelegation(a.getId(), List.of(
                new ActivityService.MemberInput(unit("HB"), "Nguyễn Thị Hồng Vân", "Phó Chủ tịch", DelegationRole.HEAD),
                new ActivityService.MemberInput(unit("HB-HND"), "Đinh Thị Lụa", "Phó Chủ tịch", DelegationRole.SECRETARY)));
        assertThat(activities.start(a.getId()).getStatus()).isEqualTo(ActivityStatus.IN_PROGRESS);

        assertThatThrownBy(() -> activities.addSession(a.getId(), today.plusDays(11), null, "UBND huyện Lương Sơn", "", ""))
                .hasMessage("supervision.error.session-outside-period");
        activities.addSession(a.getId(), today.minusDays(3), LocalTime.of(8, 0), "UBND huyện Lương Sơn", "Đoàn giám sát; lãnh đạo UBND huyện", "");
        assertThat(activities.sessions(a.getId())).hasSize(1);

        assertThatThrownBy(() -> activities.conclude(a.getId(), "  ")).hasMessage("supervision.error.conclusion");
        assertThat(activities.conclude(a.getId(), "Không phát hiện biểu hiện suy thoái.").getStatus()).isEqualTo(ActivityStatus.CONCLUDED);
        assertThatThrownBy(() -> activities.cancel(a.getId(), "Đổi kế hoạch")).hasMessage("supervision.error.transition");
        assertThatThrownBy(() -> recommendations.closeActivity(a.getId(), "Kết thúc")).isInstanceOf(AccessDeniedException.class);
        signIn.as("lanhdao");
        assertThat(recommendations.closeActivity(a.getId(), "Không có kiến nghị, kết thúc giám sát.").getStatus())
                .isEqualTo(ActivityStatus.CLOSED);
        assertThatThrownBy(() -> activities.start(a.getId())).hasMessage("supervision.error.transition");
        assertThat(activities.history(a.getId())).extracting(e -> e.getAction())
                .containsSubsequence("SUPERVISION_CREATED", "SUPERVISION_DELEGATION_SET", "SUPERVISION_STARTED",
                        "SUPERVISION_SESSION_ADDED", "SUPERVISION_CONCLUDED", "SUPERVISION_CLOSED");
    }

    @Test
    void two_people_saving_the_same_activity_the_second_gets_a_conflict_and_nothing_is_overwritten() {
        signIn.as("dcpl");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Activity a = activities.create(unit("HB"), "NGHIEN-CUU-VB", "Giám sát hai người sửa " + System.nanoTime(), today, today.plusDays(9));
        Activity mine = activities.get(a.getId());
        Activity theirs = activities.get(a.getId());
        mine.setAddressee("Ban Thường vụ Tỉnh ủy");
        activities.save(mine);
        theirs.setAddressee("Thường trực Tỉnh ủy");
        assertThatThrownBy(() -> activities.save(theirs)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(activities.get(a.getId()).getAddressee()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void a_planned_activity_is_cancelled_only_with_a_reason_and_stays_readable() {
        signIn.as("luongson");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Activity a = activities.create(unit("HB-LS"), "NGHIEN-CUU-VB", "Nghiên cứu báo cáo " + System.nanoTime(), today, today.plusDays(5));
        assertThatThrownBy(() -> activities.cancel(a.getId(), " ")).hasMessage("supervision.error.reason");
        Activity cancelled = activities.cancel(a.getId(), "Trùng với đợt kiểm tra của Ủy ban Kiểm tra Huyện ủy");
        assertThat(cancelled.getStatus()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(activities.get(a.getId()).getCancelReason()).startsWith("Trùng với");
        assertThatThrownBy(() -> activities.create(unit("HB-LS"), "NGHIEN-CUU-VB", "Ngược", today, today.minusDays(1)))
                .hasMessage("supervision.error.period");
    }

    @Test
    void a_recommendation_runs_from_the_letter_through_receipt_and_answer_to_done() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Recommendation r = sent("Giám sát kê khai tài sản", today.minusDays(10));
        assertThat(r.getStatus()).isEqualTo(RecommendationStatus.AWAITING_RECEIPT);
        assertThat(r.getDueDate()).isNull(); // no deadline until the committee's receipt is known
        Activity a = activities.get(r.getActivityId());
        assertThat(a.getStatus()).isEqualTo(ActivityStatus.RECOMMENDED);
        assertThat(a.getLetterSymbol()).matches("\\d{2,}/.*");
        assertThatThrownBy(() -> recommendations.answer(r.getId(), today, "12-CV/TU", "Đã chỉ đạo kiểm điểm", Outcome.ACCEPTED))
                .hasMessage("supervision.error.no-receipt");
        assertThatThrownBy(() -> recommendations.recordReceipt(a.getId(), today.minusDays(11)))
                .hasMessage("supervision.error.received-before-letter");
        recommendations.recordReceipt(a.getId(), today.minusDays(8));
        Recommendation received = recommendations.get(r.getId());
        assertThat(received.getStatus()).isEqualTo(RecommendationStatus.AWAITING_ANSWER);
        assertThat(received.getDueDate()).isEqualTo(deadlines.get(RecommendationService.SOURCE_TYPE, String.valueOf(r.getId())).dueDate());
        assertThatThrownBy(() -> recommendations.answer(r.getId(), today.minusDays(9), "12-CV/TU", "Đã chỉ đạo", Outcome.ACCEPTED))
                .hasMessage("supervision.error.answer-before-receipt");

        recommendations.answer(r.getId(), today.minusDays(1), "12-CV/TU", "Đã chỉ đạo kiểm điểm, chấn chỉnh.", Outcome.ACCEPTED);
        assertThat(deadlines.get(RecommendationService.SOURCE_TYPE, String.valueOf(r.getId())).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(activities.get(a.getId()).getStatus()).isEqualTo(ActivityStatus.ANSWERED);
        recommendations.followUp(r.getId(), "UBND xã đã tổ chức kiểm điểm.");
        Recommendation done = recommendations.done(r.getId(), "Đã thực hiện xong.");
        assertThat(done.getStatus()).isEqualTo(RecommendationStatus.DONE);
        assertThat(done.getFollowUp()).endsWith("UBND xã đã tổ chức kiểm điểm.");
        assertThat(done.answeredOnTime()).isTrue();
    }

    @Test
    void received_on_the_friday_before_tet_it_is_due_twenty_working_days_after_the_holiday_and_thirty_for_a_complex_case() {
        // Tết Bính Ngọ: days off Saturday 14/02 to Sunday 22/02/2026; the day of receipt is not counted
        Recommendation r = sent("Giám sát trước Tết", LocalDate.of(2026, 2, 12));
        recommendations.recordReceipt(r.getActivityId(), LocalDate.of(2026, 2, 13));
        assertThat(recommendations.get(r.getId()).getDueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        signIn.as("luongson");
        assertThatThrownBy(() -> recommendations.extend(r.getId(), "Vụ việc phức tạp")).isInstanceOf(AccessDeniedException.class);
        signIn.as("dcpl");
        assertThatThrownBy(() -> recommendations.extend(r.getId(), " ")).isInstanceOf(UserFacingException.class);
        Recommendation extended = recommendations.extend(r.getId(), "Vụ việc phức tạp, cần xác minh thêm");
        assertThat(extended.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(extended.isComplexCase()).isTrue();
        assertThatThrownBy(() -> recommendations.extend(r.getId(), "Lần nữa")).isInstanceOf(UserFacingException.class);

        // the department may not end the follow-up; the Standing Committee may, with a note, and its deadline closes
        assertThatThrownBy(() -> recommendations.close(r.getId(), "Kết thúc")).isInstanceOf(AccessDeniedException.class);
        signIn.as("lanhdao");
        assertThat(recommendations.close(r.getId(), "Cấp ủy đã chuyển Ủy ban Kiểm tra xử lý; kết thúc theo dõi.").getStatus())
                .isEqualTo(RecommendationStatus.CLOSED);
        assertThat(deadlines.get(RecommendationService.SOURCE_TYPE, String.valueOf(r.getId())).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(activities.get(r.getActivityId()).getStatus()).isEqualTo(ActivityStatus.ANSWERED);
    }

    @Test
    void an_unanswered_recommendation_escalates_after_its_due_date() {
        Recommendation r = sent("Giám sát bị chậm trả lời", LocalDate.of(2026, 9, 17));
        recommendations.recordReceipt(r.getActivityId(), LocalDate.of(2026, 9, 18));
        LocalDate due = recommendations.get(r.getId()).getDueDate();
        assertThat(due).isEqualTo(LocalDate.of(2026, 10, 16));
        signIn.signOut();
        reminders.run(LocalDate.of(2026, 10, 19));
        reminders.run(LocalDate.of(2026, 10, 23));
        String title = "%" + "Kiến nghị " + activitiesLetter(r) + "%";
        List<String> dcpl = jdbc.queryForList("""
                select n.title from notification n join account a on a.id = n.account_id
                where a.username = 'dcpl' and n.title like ? order by n.id""", String.class, title);
        assertThat(dcpl).anySatisfy(t -> assertThat(t).startsWith("Quá hạn: Kiến nghị"));
        List<String> lanhdao = jdbc.queryForList("""
                select n.title from notification n join account a on a.id = n.account_id
                where a.username = 'lanhdao' and n.title like ? order by n.id""", String.class, title);
        assertThat(lanhdao).anySatisfy(t -> assertThat(t).contains("quá hạn"));
    }

    private String activitiesLetter(Recommendation r) {
        return jdbc.queryForObject("select letter_symbol from supervision_activity where id = ?", String.class, r.getActivityId());
    }

    @Test
    void other_districts_and_member_organisations_outside_the_delegation_see_nothing() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Activity withHnd = delegation("dcpl", "HB", "Giám sát có Hội Nông dân", today.minusDays(5), today.plusDays(5));
        Activity without = activities.create(unit("HB"), "NGHIEN-CUU-VB", "Giám sát không có Hội " + System.nanoTime(), today, today);
        signIn.as("luongson");
        Activity own = activities.create(unit("HB-LS"), "NGHIEN-CUU-VB", "Giám sát của Lương Sơn " + System.nanoTime(), today, today);
        assertThatThrownBy(() -> activities.get(withHnd.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.create(unit("HB-KB"), "NGHIEN-CUU-VB", "Của huyện khác", today, today))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(activities.list(new ActivityService.Filter("", null, 0, null, null, null, "Giám sát"), PageRequest.of(0, 500)))
                .extracting(Activity::getUnitId).contains(unit("HB-LS")).allSatisfy(id -> assertThat(jdbc.queryForObject(
                        "select path from unit where id = ?", String.class, id)).startsWith(jdbc.queryForObject(
                        "select path from unit where code = 'HB-LS'", String.class)));

        signIn.as("hoinongdan");
        assertThat(activities.get(withHnd.getId()).getTitle()).startsWith("Giám sát có Hội Nông dân");
        assertThat(activities.delegation(withHnd.getId())).hasSize(2);
        assertThatThrownBy(() -> activities.get(without.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.get(own.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.findings(withHnd.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.ofActivity(withHnd.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.addSession(withHnd.getId(), today, null, "Nơi nào đó", "", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(activities.list(ActivityService.Filter.all(), PageRequest.of(0, 500)))
                .extracting(Activity::getId).contains(withHnd.getId()).doesNotContain(without.getId(), own.getId());
    }
}
