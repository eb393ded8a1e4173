package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
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

/** Drafting, publishing, receipt and revision of plans, and who may do what. */
@SpringBootTest
@Import(SignIn.class)
class PlanServiceTest {

    @Autowired PlanService plans;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private Plan draft(String title) {
        signIn.as("dcpl");
        Plan plan = plans.createDraft(unit("HB"), title);
        plan.setLegalBases("Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư");
        plan.setPurposes("Nâng cao vai trò giám sát của Mặt trận.");
        plan.setContents("1. Tuyên truyền, quán triệt Quy định 124.\n2. Giám sát chuyên đề 6 tháng.\n3. Tiếp nhận phản ánh của nhân dân.");
        plan.setOrganisation("Ban Dân chủ - Pháp luật chủ trì, theo dõi.");
        return plans.saveDraft(plan);
    }

    @Test
    void publishing_numbers_the_plan_tells_every_recipient_and_follows_their_confirmations() {
        Plan plan = draft("Kế hoạch thử phát hành " + System.nanoTime());
        assertThatThrownBy(() -> plans.publish(plan.getId(), LocalDate.of(2035, 3, 2)))
                .isInstanceOf(UserFacingException.class).hasMessage("plan.error.no-recipients");
        plans.setRecipients(plan.getId(), List.of(unit("HB-LS"), unit("HB-HND")));
        Plan published = plans.publish(plan.getId(), LocalDate.of(2035, 3, 2));
        assertThat(published.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.getNumberSymbol()).matches("\\d{2,}/KH-MTTQ.*");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username in ('luongson', 'hoinongdan') and n.link = ?""", Long.class, "ke-hoach/" + plan.getId()))
                .isEqualTo(2);
        assertThat(plans.receipts(plan.getId())).allSatisfy(r -> assertThat(r.confirmedAt()).isNull());

        signIn.as("hoinongdan"); // a member organisation sees the plan sent to it and confirms
        assertThat(plans.list(new PlanService.Filter(null, 0, "thử phát hành"), PageRequest.of(0, 10)).getContent())
                .extracting(Plan::getId).contains(plan.getId());
        assertThat(plans.awaitsMyConfirmation(plans.get(plan.getId()))).isTrue();
        plans.confirmReceipt(plan.getId());
        signIn.as("dcpl");
        assertThat(plans.receipts(plan.getId())).extracting(PlanService.Receipt::unitName, r -> r.confirmedAt() != null)
                .containsExactly(Tuple.tuple("Hội Nông dân tỉnh", true),
                        Tuple.tuple("Ủy ban MTTQ huyện Lương Sơn", false));
        assertThat(plans.urgeUnconfirmed(plan.getId())).isEqualTo(1);
        assertThatThrownBy(() -> plans.saveDraft(plans.get(plan.getId()))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_revision_keeps_the_earlier_version_and_shows_what_changed() {
        Plan plan = draft("Kế hoạch thử sửa đổi " + System.nanoTime());
        plans.setRecipients(plan.getId(), List.of(unit("HB-LS")));
        plans.publish(plan.getId(), LocalDate.of(2035, 4, 1));
        Plan edited = plans.get(plan.getId());
        edited.setContents("1. Tuyên truyền, quán triệt Quy định 124.\n2. Giám sát chuyên đề hằng quý.\n3. Tiếp nhận phản ánh của nhân dân.\n4. Sơ kết 6 tháng.");
        assertThatThrownBy(() -> plans.revise(edited, " ")).isInstanceOf(UserFacingException.class);
        Plan edited2 = plans.get(plan.getId());
        edited2.setContents(edited.getContents());
        plans.revise(edited2, "Giám sát theo quý, thêm sơ kết");
        assertThat(plans.versions(plan.getId())).extracting(PlanVersion::getVersionNo).containsExactly(1, 2);
        assertThat(plans.versions(plan.getId()).getFirst().getContents()).contains("Giám sát chuyên đề 6 tháng");
        List<PlanDiff.Line> diff = plans.difference(plan.getId(), 1, 2);
        assertThat(diff).filteredOn(l -> l.change() != PlanDiff.Change.SAME)
                .extracting(PlanDiff.Line::before, PlanDiff.Line::after, PlanDiff.Line::change)
                .containsExactly(Tuple.tuple("2. Giám sát chuyên đề 6 tháng.", "2. Giám sát chuyên đề hằng quý.", PlanDiff.Change.CHANGED),
                        Tuple.tuple("", "4. Sơ kết 6 tháng.", PlanDiff.Change.ADDED));
    }

    @Test
    void only_the_issuer_edits_and_others_see_only_what_concerns_them() {
        Plan plan = draft("Kế hoạch thử phạm vi " + System.nanoTime());
        signIn.as("luongson"); // a district does not see the province's draft, nor edit it
        assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.createDraft(unit("HB"), "Kế hoạch mạo danh tỉnh")).isInstanceOf(AccessDeniedException.class);
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> plans.createDraft(unit("HB-HND"), "Kế hoạch của hội")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.confirmReceipt(plan.getId())).isInstanceOf(AccessDeniedException.class);

        signIn.as("dcpl");
        plans.setRecipients(plan.getId(), List.of(unit("HB-LS")));
        plans.publish(plan.getId(), LocalDate.of(2035, 5, 5));
        signIn.as("luongson"); // now published to it: readable, not editable
        Plan seen = plans.get(plan.getId());
        assertThat(plans.mayEdit(seen)).isFalse();
        assertThatThrownBy(() -> plans.urgeUnconfirmed(plan.getId())).isInstanceOf(AccessDeniedException.class);
        signIn.as("hoinongdan"); // not a recipient of this one
        assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_people_editing_the_same_draft_the_second_gets_a_conflict() {
        Plan plan = draft("Kế hoạch thử sửa cùng lúc " + System.nanoTime());
        Plan first = plans.get(plan.getId());
        Plan second = plans.get(plan.getId());
        first.setPurposes("Bản của người thứ nhất");
        plans.saveDraft(first);
        second.setPurposes("Bản của người thứ hai");
        assertThatThrownBy(() -> plans.saveDraft(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(plans.get(plan.getId()).getPurposes()).isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void importing_a_word_plan_makes_a_draft_to_correct_and_a_district_imports_only_in_its_own_name() throws Exception {
        byte[] file = PlanImportTest.docx(List.of("KẾ HOẠCH", "Giám sát việc tiếp công dân năm 2036", "I. MỤC ĐÍCH", "Công khai, minh bạch.",
                "II. NỘI DUNG", "1. Giám sát tại 3 xã.", "III. TỔ CHỨC THỰC HIỆN", "Ban Dân chủ - Pháp luật theo dõi."));
        signIn.as("luongson");
        Plan draft = plans.importDraft(unit("HB-LS"), file);
        assertThat(draft.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.getTitle()).isEqualTo("Giám sát việc tiếp công dân năm 2036");
        assertThat(draft.getContents()).isEqualTo("1. Giám sát tại 3 xã.");
        assertThatThrownBy(() -> plans.importDraft(unit("HB-KB"), file)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_published_plan_is_closed_by_its_issuer_and_stays_readable() {
        Plan plan = draft("Kế hoạch thử kết thúc " + System.nanoTime());
        assertThatThrownBy(() -> plans.close(plan.getId())).isInstanceOf(UserFacingException.class); // a draft is deleted, not closed
        plans.setRecipients(plan.getId(), List.of(unit("HB-LS")));
        plans.publish(plan.getId(), LocalDate.of(2035, 6, 6));
        signIn.as("luongson");
        assertThatThrownBy(() -> plans.close(plan.getId())).isInstanceOf(AccessDeniedException.class);
        signIn.as("dcpl");
        assertThat(plans.close(plan.getId()).getStatus()).isEqualTo(PlanStatus.CLOSED);
        signIn.as("luongson");
        assertThat(plans.get(plan.getId()).getStatus()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plans.versions(plan.getId())).hasSize(1);
    }
}
