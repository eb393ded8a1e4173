package vn.mttq.giamsat.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.PortalFormats;

/** Attendee lists from XLSX: bad rows reported and nothing imported unless chosen, counts taken from the list. */
@SpringBootTest
@Import(SignIn.class)
class AttendeeImportTest {

    @Autowired AttendeeImport imports;
    @Autowired SessionService sessions;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    private static final List<String> HEADERS = List.of("Họ tên", "Đơn vị", "Chức vụ", "Đối tượng");

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private TrainingSession heldToday() {
        signIn.as("luongson");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        long unit = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        TrainingSession s = sessions.plan(unit, SessionKind.TRAINING_COURSE, "Tập huấn có danh sách " + UUID.randomUUID(), today, today, "");
        return sessions.held(s.getId(), new SessionService.Attendance(Map.of(), null, null), SessionService.Outcome.none());
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void a_list_with_bad_rows_reports_each_and_imports_nothing_until_the_good_rows_are_chosen() {
        TrainingSession s = heldToday();
        byte[] xlsx = ListSpreadsheet.write("Danh sách", HEADERS, List.of(
                row("Bùi Văn An", "Xã Cư Yên", "Chủ tịch UBMTTQ xã", "Cán bộ Mặt trận"),
                row("", "Xã Cư Yên", "", "Nhân dân"),
                row("Đinh Thị Bình", "Xóm Mỏ", "", "nhan dan"),
                row("Hà Văn Công", "Xóm Mỏ", "", "Khách mời"),
                row("Quách Văn Dũng", "Chi bộ xóm Mỏ", "Bí thư", "PARTY_MEMBERS")));
        AttendeeImport.Result first = imports.load(s.getId(), xlsx, false);
        assertThat(first.imported()).isFalse();
        assertThat(first.good()).isEqualTo(3);
        assertThat(first.bad()).extracting(AttendeeImport.BadRow::row).containsExactly(3, 5);
        assertThat(first.bad()).extracting(AttendeeImport.BadRow::reasonKey).containsExactly("outreach.import.no-name", "outreach.import.audience");
        assertThat(imports.list(s.getId())).isEmpty();

        AttendeeImport.Result chosen = imports.load(s.getId(), xlsx, true);
        assertThat(chosen.imported()).isTrue();
        assertThat(imports.list(s.getId())).extracting(AttendeeLists.Attendee::fullName)
                .containsExactly("Bùi Văn An", "Đinh Thị Bình", "Quách Văn Dũng");
        TrainingSession counted = sessions.get(s.getId());
        assertThat(counted.attendance()).containsEntry(Audience.FRONT_CADRES, 1).containsEntry(Audience.PEOPLE, 1)
                .containsEntry(Audience.PARTY_MEMBERS, 1);
        assertThat(counted.totalAttendance()).isEqualTo(3);
        assertThatThrownBy(() -> sessions.correct(s.getId(), new SessionService.Attendance(Map.of(Audience.PEOPLE, 2), null, null),
                SessionService.Outcome.none())).hasMessage("outreach.error.above-list");
    }

    @Test
    void shared_strings_are_read_and_a_file_that_is_not_a_spreadsheet_is_refused() throws IOException {
        TrainingSession s = heldToday();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Họ tên</t></si>"
                    + "<si><r><t>Lò Thị </t></r><r><t>Hoa</t></r></si><si><t>Nhân dân</t></si></sst>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"s\"><v>2</v></c></row>"
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(imports.load(s.getId(), out.toByteArray(), false).imported()).isTrue();
        assertThat(imports.list(s.getId())).extracting(AttendeeLists.Attendee::fullName, AttendeeLists.Attendee::audience)
                .containsExactly(Tuple.tuple("Lò Thị Hoa", Audience.PEOPLE));
        assertThatThrownBy(() -> imports.load(s.getId(), "%PDF-1.7".getBytes(StandardCharsets.UTF_8), false))
                .hasMessage("spreadsheet.error.unreadable");
    }
}
