package vn.mttq.giamsat.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;

/** The attachments tab as a person sees it. */
@SpringBootTest
@Import(SignIn.class)
class AttachmentsPanelTest extends SpringBrowserlessTest {

    @Autowired AttachmentService attachments;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void lists_the_records_files_with_links_and_says_so_when_there_are_none() {
        signIn.as("luongson");
        long unit = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        navigate("", Component.class);
        String record = UUID.randomUUID().toString();
        AttachmentsPanel empty = new AttachmentsPanel(attachments, "test-record", record, unit, false, true);
        UI.getCurrent().add(empty);
        assertThat(test(empty.grid).size()).isZero();
        assertThat(empty.grid.getEmptyStateComponent().getElement().getTextRecursively()).contains("Chưa có tệp đính kèm");

        attachments.attach("test-record", record, unit, false, "Biên bản giám sát.pdf", new ByteArrayInputStream(AttachmentServiceTest.PDF));
        AttachmentsPanel panel = new AttachmentsPanel(attachments, "test-record", record, unit, false, false);
        UI.getCurrent().add(panel);
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(test(panel.grid).getCellText(0, 1)).isEqualTo("PDF");
        assertThat(panel.upload.isVisible()).as("no upload field for someone who may not add").isFalse();
        Anchor link = (Anchor) test(panel.grid).getCellComponent(0, 0);
        assertThat(link.getText()).isEqualTo("Biên bản giám sát.pdf");
    }
}
