package vn.mttq.giamsat.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.SignIn;
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
        navigate("", com.vaadin.flow.component.Component.class);
        NotificationBell.Bell bell = find(NotificationBell.Bell.class).single();
        assertThat(bell.count.getText()).isEqualTo("2");

        test(bell.button).click();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Nhiệm vụ tuyên truyền sắp đến hạn", "Báo cáo 6 tháng");
        test(find(Button.class).withText("Đánh dấu đã đọc tất cả").single()).click();
        assertThat(bell.count.getText()).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
    }
}
