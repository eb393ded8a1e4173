package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.supervision.Activity;
import vn.mttq.giamsat.supervision.ActivityService;

/**
 * Where a case goes and what it joins: the following Front suggested from the subject's unit
 * (another needs a reason), the list's unit, handler and accent-free word filters, and the link
 * with a supervision activity kept both ways.
 */
@SpringBootTest
@Import(SignIn.class)
class CaseRoutingTest {

    @Autowired CaseService cases;
    @Autowired CaseIntake caseIntake;
    @Autowired CaseSteps caseSteps;
    @Autowired CaseSupervision supervision;
    @Autowired ActivityService activities;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

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

    private CaseService.Intake about(String subjectUnit, String content) {
        return new CaseService.Intake(Channel.HOTLINE, LocalDate.now(PortalFormats.VIETNAM), CaseKind.REPORT, "", "", subjectUnit, content,
                null, null, null, null);
    }

    @Test
    void the_most_local_front_of_the_subjects_place_is_suggested_within_the_persons_scope() {
        signIn.as("dcpl");
        assertThat(caseIntake.suggestFollowingUnit("UBND xã Tú Lý, huyện Đà Bắc")).contains(unitNamed("Ủy ban MTTQ xã Tú Lý"));
        assertThat(caseIntake.suggestFollowingUnit("Phòng Tài chính UBND HUYEN DA BAC")).contains(unit("HB-DB"));
        assertThat(caseIntake.suggestFollowingUnit("Bộ phận một cửa UBND thành phố Hòa Bình")).contains(unit("HB-TP"));
        assertThat(caseIntake.suggestFollowingUnit("Sở Y tế")).isEmpty();
        signIn.as("luongson");
        assertThat(caseIntake.suggestFollowingUnit("UBND huyện Đà Bắc")).as("outside the district's scope").isEmpty();
        assertThat(caseIntake.suggestFollowingUnit("UBND xã Cư Yên")).contains(unitNamed("Ủy ban MTTQ xã Cư Yên"));
    }

    @Test
    void choosing_another_front_than_the_suggested_one_needs_a_reason_which_the_audit_keeps() {
        signIn.as("dcpl");
        String content = "Cán bộ xã thu phí chứng thực sai quy định " + UUID.randomUUID();
        FeedbackCase suggested = caseIntake.record(about("UBND huyện Kim Bôi", content), null, null);
        assertThat(suggested.getFollowingUnitId()).isEqualTo(unit("HB-KB"));
        int before = jdbc.queryForObject("select count(*) from feedback_case", Integer.class);
        assertThatThrownBy(() -> caseIntake.record(about("UBND huyện Kim Bôi", content + " (2)"), unit("HB"), " "))
                .hasMessage("feedback.error.unit-reason");
        assertThat(jdbc.queryForObject("select count(*) from feedback_case", Integer.class)).isEqualTo(before);
        FeedbackCase kept = caseIntake.record(about("UBND huyện Kim Bôi", content + " (3)"), unit("HB"), "Liên quan cán bộ tỉnh quản lý");
        assertThat(kept.getFollowingUnitId()).isEqualTo(unit("HB"));
        assertThat(jdbc.queryForObject("select details from audit_log where target_type = 'feedback-case' and target_id = ? and action = 'CASE_RECEIVED'",
                String.class, String.valueOf(kept.getId()))).contains("Liên quan cán bộ tỉnh quản lý");
    }

    @Test
    void the_list_filters_by_unit_subtree_and_handler_and_finds_words_without_diacritics() {
        signIn.as("dcpl");
        String marker = "Khuất" + UUID.randomUUID().toString().substring(0, 6);
        FeedbackCase inCommune = caseIntake.record(about("UBND xã Cư Yên", "Ông " + marker + " đòi tiền hồ sơ đất đai ở xã"), null, null);
        FeedbackCase inKimBoi = caseIntake.record(about("UBND huyện Kim Bôi", "Ông " + marker + " chậm trả hồ sơ"), unit("HB"),
                "Tỉnh theo dõi trực tiếp");
        String folded = SearchText.fold(marker);
        assertThat(codes(new CaseService.Filter(null, null, null, 0, 0, null, null, null, folded + " doi tien ho so dat")))
                .containsExactly(inCommune.getReceiptCode());
        assertThat(codes(new CaseService.Filter(null, null, null, unit("HB-LS"), 0, null, null, null, folded)))
                .as("the district's subtree holds the commune").containsExactly(inCommune.getReceiptCode());
        assertThat(codes(new CaseService.Filter(null, null, null, 0, 0, null, null, null, "ÔNG " + marker.toUpperCase())))
                .containsExactlyInAnyOrder(inCommune.getReceiptCode(), inKimBoi.getReceiptCode());
        assertThat(codes(new CaseService.Filter(null, null, null, 0, 0, null, null, null, "xa " + folded)))
                .as("short words are matched too").isEmpty();
        long handler = jdbc.queryForObject("select id from account where username = 'dcpl'", Long.class);
        caseSteps.classify(inKimBoi.getId(), List.of("OTHER"));
        caseSteps.assign(inKimBoi.getId(), handler);
        assertThat(codes(new CaseService.Filter(null, null, null, 0, handler, null, null, null, folded)))
                .containsExactly(inKimBoi.getReceiptCode());
        signIn.as("luongson");
        assertThat(codes(new CaseService.Filter(null, null, null, unit("HB-KB"), 0, null, null, null, folded)))
                .as("another district's unit chosen: nothing of it").isEmpty();
    }

    @Test
    void a_word_only_in_older_cases_is_found_past_the_first_window_newest_first_page_by_page() {
        // 260 cases received today, the word in the oldest 60 only: the newest 200 read first hold none of it
        String word = "cuaso" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("""
                INSERT INTO feedback_case (receipt_code, channel, received_on, kind, subject_name, subject_position, subject_unit, content,
                                           classification, following_unit_id, status, due_date, anonymous, created_by, created_at,
                                           search_folded)
                SELECT CONCAT('WT', LPAD(seq, 10, '0')), 'LETTER', ?, 'REPORT', '', '', '', 'Thử cửa sổ tìm kiếm', 'OTHER', ?,
                       'AWAITING_ANSWER', ? + INTERVAL 28 DAY, TRUE, 'window-test', UTC_TIMESTAMP(6),
                       CONCAT('thu cua so tim kiem', IF(seq <= 60, CONCAT(' ', ?), ''))
                FROM seq_1_to_260 ORDER BY seq""", LocalDate.now(PortalFormats.VIETNAM), unit("HB-LS"), LocalDate.now(PortalFormats.VIETNAM),
                word);
        try {
            signIn.as("dcpl");
            CaseService.Filter filter = new CaseService.Filter(null, null, null, 0, 0, null, null, null, word);
            List<String> newestFirst = IntStream.iterate(60, i -> i - 1).limit(60)
                    .mapToObj(i -> "WT" + String.format("%010d", i)).toList();
            assertThat(codes(filter)).as("first page").isEqualTo(newestFirst.subList(0, 50));
            assertThat(cases.list(filter, PageRequest.of(1, 50)).stream().map(FeedbackCase::getReceiptCode).toList())
                    .as("second page").isEqualTo(newestFirst.subList(50, 60));
        } finally {
            jdbc.update("delete from feedback_case where created_by = 'window-test'");
        }
    }

    private List<String> codes(CaseService.Filter filter) {
        return cases.list(filter, PageRequest.of(0, 50)).stream().map(FeedbackCase::getReceiptCode).toList();
    }

    @Test
    void a_case_becomes_a_supervision_activity_and_another_is_attached_with_the_link_on_both_sides() {
        signIn.as("luongson");
        FeedbackCase first = caseIntake.record(about("UBND xã Liên Sơn", "Cán bộ địa chính gây khó khăn " + UUID.randomUUID()), unit("HB-LS"),
                "Huyện theo dõi");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Activity a = supervision.start(first.getId(), "PHAN-ANH", "Giám sát theo phản ánh " + first.getReceiptCode(), today, today.plusDays(30));
        assertThat(a.getUnitId()).isEqualTo(first.getFollowingUnitId());
        assertThat(activities.subjects(a.getId())).extracting(s -> s.getName()).containsExactly("UBND xã Liên Sơn");
        assertThat(cases.get(first.getId()).getSupervisionActivityId()).isEqualTo(a.getId());

        FeedbackCase second = caseIntake.record(about("UBND xã Liên Sơn", "Cùng việc, người khác phản ánh " + UUID.randomUUID()), unit("HB-LS"),
                "Huyện theo dõi");
        supervision.attach(second.getId(), a.getId());
        assertThat(supervision.linkedTo(a.getId())).extracting(l -> l.code())
                .containsExactlyInAnyOrder(first.getReceiptCode(), second.getReceiptCode());
        assertThat(activities.history(a.getId())).extracting(e -> e.getAction()).contains("SUPERVISION_CASE_LINKED");
        assertThat(cases.timeline(second.getId())).extracting(e -> e.getAction()).contains("CASE_SUPERVISION_LINKED");

        supervision.detach(second.getId());
        assertThat(supervision.linkedTo(a.getId())).extracting(l -> l.code()).containsExactly(first.getReceiptCode());

        signIn.as("dcpl");
        long provinceActivity = activities.create(unit("HB"), "PHAN-ANH", "Giám sát cấp tỉnh " + UUID.randomUUID(), today, today.plusDays(10)).getId();
        signIn.as("luongson");
        assertThatThrownBy(() -> supervision.attach(second.getId(), provinceActivity))
                .as("an activity outside the district's scope").isInstanceOf(AccessDeniedException.class);
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> supervision.attach(second.getId(), a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(supervision.linkedTo(a.getId())).as("a member organisation sees no case it does not follow").isEmpty();
    }
}
