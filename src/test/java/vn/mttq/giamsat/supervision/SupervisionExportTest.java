package vn.mttq.giamsat.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;

/** XLSX of the supervision lists: what the filter shows, with supervised persons' names only for the Front. */
@SpringBootTest
@Import(SignIn.class)
class SupervisionExportTest {

    @Autowired SupervisionExport export;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private static String sheet(byte[] xlsx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet");
    }

    @Test
    void the_front_exports_subjects_a_member_organisation_never_sees_them() throws Exception {
        signIn.as("dcpl");
        String front = sheet(export.activities(new ActivityService.Filter("", null, 0, null, null, null, "ke khai tai san")));
        assertThat(front).contains("Đối tượng giám sát", "Giám sát việc kê khai tài sản, thu nhập của cán bộ chủ chốt xã Cư Yên",
                "Trần Văn Bình, Chủ tịch UBND xã Cư Yên").doesNotContain("Giám sát việc bình xét hộ nghèo");

        signIn.as("hoinongdan");
        String member = sheet(export.activities(ActivityService.Filter.all()));
        assertThat(member).contains("Giám sát việc kê khai tài sản").doesNotContain("Đối tượng giám sát", "Trần Văn Bình",
                "Hà Văn Minh", "Bùi Thị Nhung", "Nguyễn Đức Long");
    }

    @Test
    void the_recommendations_export_follows_the_chosen_view() throws Exception {
        signIn.as("lanhdao");
        String overdue = sheet(export.recommendations(RecommendationService.View.OVERDUE, null, RecommendationService.Narrowing.NONE));
        assertThat(overdue).contains("Đề nghị chỉ đạo chi trả dứt điểm tiền bồi thường", "Chờ trả lời")
                .doesNotContain("Đề nghị chỉ đạo công khai việc thu, chi quỹ phòng chống thiên tai xã Quy Hậu");
    }
}
