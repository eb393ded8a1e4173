package vn.mttq.giamsat.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** The bell in the header: unread count, the list with links, mark all read. */
@SpringBootTest
@Import(SignIn.class)
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired NotificationService notifications;
    @Autowired RecipientDirectory directory;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_bell_counts_unread_notifications_and_lists_them_with_links() {
        long id = jdbc.queryForObject("select id from account where username = 'hoinongdan'", Long.class);
        jdbc.update("update notification set read_at = utc_timestamp(6) where account_id = ?", id);
        tx.executeWithoutResult(s -> {
            notifications.notify(directory.account(id).orElseThrow(), "Nhiệm vụ tuyên truyền sắp đến hạn", "Hạn: 30/11/2026.", "lich-lam-viec");
            notifications.notify(directory.account(id).orElseThrow(), "Báo cáo 6 tháng", "Hạn: 20/06/2027.", null);
        });
        signIn.as("hoinongdan");
        navigate("", Component.class);
        NotificationBell.Bell bell = find(NotificationBell.Bell.class).single();
        assertThat(bell.count.getText()).isEqualTo("2");

        test(bell.button).click();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Nhiệm vụ tuyên truyền sắp đến hạn", "Báo cáo 6 tháng");
        test(find(Button.class).withText("Đánh dấu đã đọc tất cả").single()).click();
        assertThat(bell.count.getText()).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
    }

    /** Issue 22: a notice is kept by its words, so a person reading in English reads it in English; mail stays Vietnamese. */
    @Test
    void a_notice_reads_in_the_persons_language() {
        long id = jdbc.queryForObject("select id from account where username = 'hoinongdan'", Long.class);
        jdbc.update("update notification set read_at = utc_timestamp(6) where account_id = ?", id);
        tx.executeWithoutResult(s -> notifications.notify(directory.account(id).orElseThrow(),
                Said.of("deadline.urge.notification", "Kiến nghị số 7"),
                Said.of("deadline.urge.body", "Nguyễn Văn An", "20/12/2026").then(" Trả lời trước thứ Sáu."), "han-xu-ly"));
        assertThat(jdbc.queryForObject("select title from notification where account_id = ? and read_at is null", String.class, id))
                .as("the kept text is Vietnamese").isEqualTo("Đôn đốc trả lời: Kiến nghị số 7");
        signIn.as("hoinongdan");
        navigate("", Component.class);
        UI.getCurrent().setLocale(Texts.ENGLISH);
        NotificationBell.Bell bell = find(NotificationBell.Bell.class).single();
        test(bell.button).click();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Please answer: Kiến nghị số 7");
        assertThat(find(Paragraph.class).all()).extracting(p -> p.getText())
                .anySatisfy(t -> assertThat(t).startsWith("Nguyễn Văn An asks for an answer. Answer due: 20/12/2026. Trả lời trước thứ Sáu."));
    }

    @Test
    void kept_words_come_back_as_they_went_in() {
        var title = Said.of("plan.notify.published", "12/KH-MTTQ", "Kế hoạch giám sát");
        var body = Said.plain("Ghi chú của người gửi");
        var back = Said.readPair(Said.keptPair(title, body)).orElseThrow();
        assertThat(back).containsExactly(title, body);
        assertThat(back.get(0).in(Texts.ENGLISH)).isEqualTo("New plan 12/KH-MTTQ: Kế hoạch giám sát");
        assertThat(Said.readPair("a plain old text")).isEmpty();
    }
}
