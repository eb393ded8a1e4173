package vn.mttq.giamsat.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Registering deadlines, extending them, and the daily reminder and escalation scan. */
@SpringBootTest
@Import(SignIn.class)
class DeadlineRemindersTest {

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

    private long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    /** Notification titles a person has received for one item title. */
    private List<String> inbox(String username, String itemTitle) {
        return jdbc.queryForList("select title from notification where account_id = ? and title like ? order by id",
                String.class, account(username), "%" + itemTitle);
    }

    private Deadline register(String title, LocalDate received, int workingDays, Long responsible) {
        signIn.as("dcpl");
        Deadline d = deadlines.register(new DeadlineRequest("test-recommendation", UUID.randomUUID().toString(), title,
                "lich-lam-viec", unit("HB-LS"), responsible, received, workingDays));
        signIn.signOut();
        return d;
    }

    @Test
    void registering_computes_the_legal_due_date_and_an_extension_needs_a_reason_and_a_role() {
        signIn.as("dcpl");
        String id = UUID.randomUUID().toString();
        Deadline d = deadlines.register(new DeadlineRequest("test-recommendation", id, "Kiến nghị sau giám sát số 1",
                null, unit("HB-LS"), null, LocalDate.of(2026, 2, 6), 20));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThatThrownBy(() -> deadlines.extend("test-recommendation", id, 30, "  ")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> deadlines.extend("test-recommendation", id, 20, "Phức tạp")).isInstanceOf(UserFacingException.class);
        Deadline extended = deadlines.extend("test-recommendation", id, 30, "Vụ việc phức tạp, cần xác minh thêm");
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(deadlines.history("test-recommendation", id)).extracting(DeadlineChange::getKind)
                .containsExactly(DeadlineChange.Kind.REGISTERED, DeadlineChange.Kind.EXTENDED);
        assertThat(deadlines.history("test-recommendation", id).get(1).getReason()).isEqualTo("Vụ việc phức tạp, cần xác minh thêm");

        signIn.as("luongson");
        assertThatThrownBy(() -> deadlines.extend("test-recommendation", id, 40, "Lý do")).isInstanceOf(AccessDeniedException.class);
        deadlines.met("test-recommendation", id, LocalDate.of(2026, 3, 20));
        assertThat(deadlines.get("test-recommendation", id).status()).isEqualTo(DeadlineStatus.MET);
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> deadlines.get("test-recommendation", id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void running_the_daily_job_twice_sends_one_reminder() {
        // due Friday 16/10/2026; on Monday 12/10 four working days remain: the 5-day reminder is due
        Deadline d = register("Hạn nhắc hai lần", LocalDate.of(2026, 9, 18), 20, account("luongson"));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
        reminders.run(LocalDate.of(2026, 10, 12));
        reminders.run(LocalDate.of(2026, 10, 12));
        assertThat(inbox("luongson", "Hạn nhắc hai lần")).containsExactly("Sắp đến hạn: Hạn nhắc hai lần");
    }

    @Test
    void after_downtime_the_missed_reminders_are_sent_once() {
        Deadline d = register("Hạn sau thời gian ngừng", LocalDate.of(2026, 9, 18), 20, account("luongson"));
        // the job did not run for a week; on the due day both day-before reminders and the due-day one go out
        reminders.run(d.dueDate());
        reminders.run(d.dueDate());
        assertThat(inbox("luongson", "Hạn sau thời gian ngừng"))
                .containsExactly("Sắp đến hạn: Hạn sau thời gian ngừng", "Sắp đến hạn: Hạn sau thời gian ngừng",
                        "Đến hạn hôm nay: Hạn sau thời gian ngừng");
    }

    @Test
    void overdue_items_escalate_to_the_unit_then_to_the_standing_committee_above() {
        Deadline d = register("Hạn bị chậm", LocalDate.of(2026, 9, 18), 20, account("luongson"));
        LocalDate oneDayLate = LocalDate.of(2026, 10, 19);
        reminders.run(oneDayLate);
        assertThat(inbox("luongson", "Hạn bị chậm")).contains("Quá hạn: Hạn bị chậm",
                "Báo cáo lãnh đạo đơn vị - quá hạn: Hạn bị chậm");
        assertThat(inbox("lanhdao", "Hạn bị chậm")).isEmpty();
        // five overdue working days (configured): the provincial Standing Committee hears of it
        reminders.run(LocalDate.of(2026, 10, 23));
        assertThat(inbox("lanhdao", "Hạn bị chậm")).containsExactly("Báo cáo Ban Thường trực cấp trên - quá hạn: Hạn bị chậm");
        reminders.run(LocalDate.of(2026, 10, 26));
        assertThat(inbox("lanhdao", "Hạn bị chậm")).hasSize(1);
        assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void items_met_before_their_reminders_get_none() {
        Deadline d = register("Hạn đã xong", LocalDate.of(2026, 9, 18), 20, account("luongson"));
        signIn.as("luongson");
        deadlines.met(d.sourceType(), d.sourceId(), LocalDate.of(2026, 10, 1));
        signIn.signOut();
        reminders.run(d.dueDate().plusDays(10));
        assertThat(inbox("luongson", "Hạn đã xong")).isEmpty();
    }

    @Test
    void a_scan_over_several_batches_reminds_every_item_once() {
        // 2.5 batches; the batch boundaries fall inside a run of items sharing one due date
        int count = DeadlineReminders.BATCH * 5 / 2;
        jdbc.update("""
                INSERT INTO deadline_item (source_type, source_id, title, unit_id, responsible_account_id, received_on,
                                           working_days, due_date, status)
                SELECT 'test-batch', seq, CONCAT('Lô nhắc hạn ', seq), ?, ?, '2026-09-18', 20,
                       IF(MOD(seq, 3) = 0, '2026-10-15', '2026-10-16'), 'OPEN'
                FROM seq_1_to_%d""".formatted(count), unit("HB-LS"), account("luongson"));
        try {
            reminders.run(LocalDate.of(2026, 10, 12));
            reminders.run(LocalDate.of(2026, 10, 12));
            assertThat(jdbc.queryForMap("""
                    select count(*) reminders, count(distinct r.item_id) items, min(r.kind) first_kind, max(r.kind) last_kind
                    from deadline_reminder r join deadline_item d on d.id = r.item_id where d.source_type = 'test-batch'"""))
                    .containsEntry("reminders", (long) count).containsEntry("items", (long) count)
                    .containsEntry("first_kind", "DUE_IN_5").containsEntry("last_kind", "DUE_IN_5");
            assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and title like 'Sắp đến hạn: Lô nhắc hạn %'",
                    Long.class, account("luongson"))).isEqualTo(count);
        } finally {
            jdbc.update("delete from notification where title like 'Sắp đến hạn: Lô nhắc hạn %'");
            jdbc.update("delete from mail_outbox where subject like '%Lô nhắc hạn %'");
            jdbc.update("delete r from deadline_reminder r join deadline_item d on d.id = r.item_id where d.source_type = 'test-batch'");
            jdbc.update("delete from deadline_item where source_type = 'test-batch'");
        }
    }

    @Test
    void a_department_urges_the_responsible_person_once_a_day_within_its_scope() {
        Deadline d = register("Hạn cần đôn đốc", LocalDate.of(2026, 9, 18), 20, account("luongson"));
        signIn.as("dcpl");
        deadlines.urge(d.sourceType(), d.sourceId(), "Đề nghị trả lời trước cuộc họp giao ban.");
        assertThat(inbox("luongson", "Hạn cần đôn đốc")).containsExactly("Đôn đốc trả lời: Hạn cần đôn đốc");
        assertThat(jdbc.queryForObject("select body from notification where title = 'Đôn đốc trả lời: Hạn cần đôn đốc'", String.class))
                .isEqualTo("Đỗ Khắc Huấn đôn đốc trả lời. Hạn trả lời: 16/10/2026. Đề nghị trả lời trước cuộc họp giao ban.");
        assertThat(deadlines.history(d.sourceType(), d.sourceId())).extracting(DeadlineChange::getKind)
                .containsExactly(DeadlineChange.Kind.REGISTERED, DeadlineChange.Kind.URGED);
        assertThatThrownBy(() -> deadlines.urge(d.sourceType(), d.sourceId(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.error.urged-today"));
        assertThat(inbox("luongson", "Hạn cần đôn đốc")).hasSize(1);

        signIn.as("hoinongdan");
        assertThatThrownBy(() -> deadlines.urge(d.sourceType(), d.sourceId(), null)).isInstanceOf(AccessDeniedException.class);
        long daBac = unit("HB-DB");
        signIn.as("dcpl");
        Deadline elsewhere = deadlines.register(new DeadlineRequest("test-recommendation", UUID.randomUUID().toString(),
                "Hạn ở Đà Bắc", null, daBac, null, LocalDate.of(2026, 9, 18), 20));
        signIn.as("luongson");
        assertThatThrownBy(() -> deadlines.urge(elsewhere.sourceType(), elsewhere.sourceId(), null))
                .as("outside the district's scope").isInstanceOf(AccessDeniedException.class);
    }
}
