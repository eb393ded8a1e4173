package vn.mttq.giamsat.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.Sheets;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;

/** Issue 22: han-xu-ly downloads what its filter shows; days overdue are numbers. */
@SpringBootTest
@Import(SignIn.class)
class DeadlineExportTest {

    @Autowired DeadlineExport export;
    @Autowired DeadlineService deadlines;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_overdue_items_download_with_their_days_overdue_as_numbers() {
        signIn.as("dcpl");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        DeadlineFilter overdue = new DeadlineFilter(DeadlineStatus.OPEN, null, today.minusDays(1), "", 0);
        List<List<String>> rows = Sheets.read(export.write(overdue));
        assertThat(rows.getFirst()).contains("Số ngày làm việc quá hạn");
        assertThat(rows).hasSize((int) deadlines.count(overdue) + 1).hasSizeGreaterThan(1);
        assertThat(rows.stream().skip(1).map(r -> r.get(5))).allMatch(d -> d.startsWith("#n"));
    }
}
