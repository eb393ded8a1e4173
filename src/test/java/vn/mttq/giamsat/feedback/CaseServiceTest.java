package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.deadlines.DeadlineStatus;

/** A case from intake to closure, its deadline, the sealed identity and who may reveal it, and the public lookup. */
@SpringBootTest
@Import(SignIn.class)
class CaseServiceTest {

    @Autowired CaseService cases;
    @Autowired CaseIdentities caseIdentities;
    @Autowired CaseIntake caseIntake;
    @Autowired CaseSteps caseSteps;
    @Autowired CaseLookup lookup;
    @Autowired DeadlineService deadlines;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private CaseService.Intake intake(LocalDate received, String name) {
        return new CaseService.Intake(Channel.LETTER, received, CaseKind.DENUNCIATION_CORRUPTION, "Lê Văn Tâm", "Trưởng phòng Địa chính",
                "UBND huyện Lương Sơn", "Nhận tiền để hợp thức hóa hồ sơ đất " + System.nanoTime(), name, name == null ? null : "Xóm Mỏ, xã Cư Yên",
                name == null ? null : "0912345678", name == null ? null : "017085000123");
    }

    /** A case taken to "forwarded" by the district, its handler luongson. */
    private FeedbackCase forwarded(LocalDate received, String name) {
        signIn.as("luongson");
        FeedbackCase c = caseIntake.record(intake(received, name), unit("HB-LS"), null);
        caseSteps.classify(c.getId(), List.of("CORRUPTION", "MANIFESTATION:DD-04"));
        caseSteps.assign(c.getId(), account("luongson"));
        return caseSteps.forward(c.getId(), "Ủy ban Kiểm tra Huyện ủy Lương Sơn", received);
    }

    @Test
    void an_anonymous_denunciation_goes_from_intake_to_closure_and_refuses_steps_out_of_turn() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        signIn.as("luongson");
        FeedbackCase c = caseIntake.record(intake(today.minusDays(12), null), unit("HB-LS"), null);
        assertThat(c.isAnonymous()).isTrue();
        assertThat(c.getReceiptCode()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThatThrownBy(() -> caseSteps.answer(c.getId(), today, "", "Sớm quá")).hasMessage("feedback.error.transition");
        assertThatThrownBy(() -> caseSteps.classify(c.getId(), List.of("<script>"))).hasMessage("feedback.error.classification");
        caseSteps.classify(c.getId(), List.of("CORRUPTION"));
        caseSteps.assign(c.getId(), account("luongson"));
        assertThatThrownBy(() -> caseSteps.forward(c.getId(), "Ủy ban Kiểm tra", today.plusDays(1))).hasMessage("feedback.error.future-date");
        caseSteps.forward(c.getId(), "Ủy ban Kiểm tra Huyện ủy Lương Sơn", today.minusDays(10));
        assertThatThrownBy(() -> caseSteps.bodyReceived(c.getId(), today.minusDays(11), null)).hasMessage("feedback.error.before");
        FeedbackCase waiting = caseSteps.bodyReceived(c.getId(), today.minusDays(9), null);
        assertThat(waiting.getDueDate()).isEqualTo(deadlines.get(CaseService.SOURCE_TYPE, String.valueOf(c.getId())).dueDate());
        caseSteps.answer(c.getId(), today.minusDays(1), "15-TB/UBKT", "Đã xác minh; kiểm điểm, rút kinh nghiệm.");
        assertThat(deadlines.get(CaseService.SOURCE_TYPE, String.valueOf(c.getId())).status()).isEqualTo(DeadlineStatus.MET);
        assertThatThrownBy(() -> caseSteps.tell(c.getId(), today.minusDays(2), "Thư")).hasMessage("feedback.error.before");
        caseSteps.tell(c.getId(), today, "Qua trang tra cứu");
        assertThat(caseSteps.close(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> caseSteps.reject(c.getId(), "Muộn")).hasMessage("feedback.error.transition");
        assertThat(cases.timeline(c.getId())).extracting(e -> e.getAction()).containsSubsequence("CASE_RECEIVED", "CASE_CLASSIFIED",
                "CASE_ASSIGNED", "CASE_FORWARDED", "CASE_BODY_RECEIVED", "CASE_ANSWERED", "CASE_TOLD", "CASE_CLOSED");
    }

    @Test
    void received_by_the_body_on_the_friday_before_tet_it_is_due_after_twenty_working_days_and_thirty_when_extended() {
        FeedbackCase c = forwarded(LocalDate.of(2026, 2, 10), null);
        assertThat(caseSteps.bodyReceived(c.getId(), LocalDate.of(2026, 2, 13), null).getDueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        signIn.as("dcpl");
        assertThat(caseSteps.extend(c.getId(), "Vụ việc phức tạp, nhiều người liên quan").getDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));

        FeedbackCase comment = forwarded(LocalDate.of(2026, 3, 2), null);
        LocalDate promised = LocalDate.of(2026, 5, 15);
        assertThat(caseSteps.bodyReceived(comment.getId(), LocalDate.of(2026, 3, 3), promised).getDueDate()).isEqualTo(promised);
        signIn.as("dcpl");
        assertThatThrownBy(() -> caseSteps.extend(comment.getId(), "Thêm nữa")).hasMessage("feedback.error.not-extendable");
    }

    @Test
    void the_reporter_is_sealed_at_rest_and_revealed_only_to_the_handler_and_named_leaders_with_an_audited_reason() {
        FeedbackCase c = forwarded(LocalDate.now(PortalFormats.VIETNAM).minusDays(3), "Nguyễn Thị Mận");
        String raw = jdbc.queryForObject("select concat_ws('|', reporter_name, reporter_address, reporter_phone, reporter_id_number) "
                + "from feedback_case where id = ?", String.class, c.getId());
        assertThat(raw).doesNotContain("Nguyễn", "Mận", "Cư Yên", "0912345678", "017085000123").contains(":");

        signIn.as("luongson"); // the handler
        assertThatThrownBy(() -> caseIdentities.reveal(c.getId(), " ")).hasMessage("feedback.error.reveal-reason");
        CaseService.Identity who = caseIdentities.reveal(c.getId(), "Liên hệ để xác minh thêm");
        assertThat(who.name()).isEqualTo("Nguyễn Thị Mận");
        assertThat(who.phone()).isEqualTo("0912345678");

        signIn.as("dcpl"); // sees the case, is not its handler nor named
        assertThat(caseIdentities.mayReveal(cases.get(c.getId()))).isFalse();
        assertThatThrownBy(() -> caseIdentities.reveal(c.getId(), "Tò mò")).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin"); // administrators are not readers either
        assertThatThrownBy(() -> caseIdentities.reveal(c.getId(), "Kiểm tra")).isInstanceOf(AccessDeniedException.class);

        jdbc.update("insert ignore into identity_reader (account_id, named_by, named_at) values (?, 'lanhdao', utc_timestamp(6))",
                account("lanhdao"));
        signIn.as("lanhdao");
        assertThat(caseIdentities.reveal(c.getId(), "Chỉ đạo xử lý").address()).isEqualTo("Xóm Mỏ, xã Cư Yên");
        List<String> audited = jdbc.queryForList("select concat(action, ' ', coalesce(details, '')) from audit_log where target_type = ? "
                + "and target_id = ? and action like 'IDENTITY_%' order by id", String.class, CaseService.SOURCE_TYPE, String.valueOf(c.getId()));
        assertThat(audited).hasSize(4).anySatisfy(a -> assertThat(a).startsWith("IDENTITY_REVEALED").contains("Chỉ đạo xử lý"))
                .anySatisfy(a -> assertThat(a).startsWith("IDENTITY_REVEAL_REFUSED"))
                .noneSatisfy(a -> assertThat(a).contains("Mận"));
    }

    @Test
    void a_repeat_is_merged_into_the_case_kept_and_a_case_moves_to_the_commune_with_a_reason() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        signIn.as("luongson");
        FeedbackCase kept = caseIntake.record(intake(today.minusDays(5), null), unit("HB-LS"), null);
        FeedbackCase repeat = caseIntake.record(intake(today.minusDays(1), null), unit("HB-LS"), null);
        assertThatThrownBy(() -> caseSteps.mergeByCode(repeat.getId(), "ZZZZ-ZZZZ-ZZZZ")).hasMessage("feedback.error.merge");
        assertThatThrownBy(() -> caseSteps.mergeByCode(repeat.getId(), repeat.getReceiptCode())).hasMessage("feedback.error.merge");
        FeedbackCase merged = caseSteps.mergeByCode(repeat.getId(), kept.getReceiptCode().toLowerCase());
        assertThat(merged.getStatus()).isEqualTo(CaseStatus.MERGED);
        assertThat(merged.getMergedInto()).isEqualTo(kept.getId());

        assertThatThrownBy(() -> caseSteps.changeFollowingUnit(kept.getId(), unit("HB-LS-2"), " ")).hasMessage("feedback.error.reason");
        FeedbackCase moved = caseSteps.changeFollowingUnit(kept.getId(), unit("HB-LS-2"), "Việc của xã, Mặt trận xã theo dõi");
        assertThat(moved.getFollowingUnitId()).isEqualTo(unit("HB-LS-2"));
        assertThat(cases.get(kept.getId()).getFollowingUnitId()).isEqualTo(unit("HB-LS-2")); // still in the district's subtree
        assertThatThrownBy(() -> caseSteps.changeFollowingUnit(kept.getId(), unit("HB-KB"), "Sang huyện khác"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_district_sees_nothing_and_cannot_record_in_its_name() {
        FeedbackCase c = forwarded(LocalDate.now(PortalFormats.VIETNAM).minusDays(2), null);
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> cases.get(c.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.list(CaseService.Filter.all(), PageRequest.of(0, 200)).getContent())
                .extracting(FeedbackCase::getId).doesNotContain(c.getId());
        signIn.as("luongson");
        assertThatThrownBy(() -> caseIntake.record(intake(LocalDate.now(PortalFormats.VIETNAM), null), unit("HB-KB"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.list(new CaseService.Filter(null, null, null, 0, 0, null, null, null, c.getReceiptCode().toLowerCase()),
                PageRequest.of(0, 10)).getContent()).extracting(FeedbackCase::getId).containsExactly(c.getId());
    }

    @Test
    void the_public_lookup_shows_state_and_dates_only_and_stops_an_address_that_guesses() {
        FeedbackCase c = forwarded(LocalDate.now(PortalFormats.VIETNAM).minusDays(2), "Trần Văn Khải");
        signIn.signOut();
        CaseLookup.Status s = lookup.find(c.getReceiptCode().toLowerCase().replace("-", " "), "203.0.113.7").orElseThrow();
        assertThat(s.status()).isEqualTo(CaseStatus.FORWARDED);
        assertThat(s.forwardedOn()).isEqualTo(c.getForwardedOn());
        assertThat(s.answer()).isNull();
        assertThat(s.toString()).doesNotContain("Trần Văn Khải", "Lê Văn Tâm", "Nhận tiền", "Lương Sơn");
        for (int i = 0; i < CaseLookup.WRONG_CODES_ALLOWED; i++) {
            assertThat(lookup.find("AAAA-BBBB-CCC" + i, "203.0.113.9")).isEmpty();
        }
        assertThatThrownBy(() -> lookup.find(c.getReceiptCode(), "203.0.113.9")).isInstanceOf(UserFacingException.class)
                .hasMessage("feedback.lookup.too-many");
        assertThat(lookup.find(c.getReceiptCode(), "203.0.113.10")).isPresent(); // other addresses are not held up
    }
}
