package vn.mttq.giamsat.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Files on records: checked by content, cleaned, stored outside the rows, read only in scope. */
@SpringBootTest
@Import(SignIn.class)
class AttachmentServiceTest {

    static final byte[] PDF = "%PDF-1.7\n% Kế hoạch giám sát\n".getBytes(StandardCharsets.UTF_8);

    @Autowired AttachmentService attachments;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Value("${app.attachments.dir}") Path dir;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private long storedFiles() throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void a_pdf_is_stored_outside_the_row_with_a_clean_name_and_its_checksum() throws IOException {
        signIn.as("luongson");
        String record = UUID.randomUUID().toString();
        Attachment a = attachments.attach("test-record", record, unit("HB-LS"), true, "..\\..\\thư mục/Báo cáo\u202E.exe",
                new ByteArrayInputStream(PDF));
        assertThat(a.fileName()).isEqualTo("Báo cáo.pdf");
        assertThat(a.kind()).isEqualTo(FileKind.PDF);
        assertThat(a.sha256()).isEqualTo(AttachmentService.sha256(PDF));
        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, a.id());
        assertThat(Files.readAllBytes(dir.resolve(key))).isEqualTo(PDF);
        AttachmentService.Download download = attachments.open(a.id());
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(jdbc.queryForList("select action from audit_log where target_type = 'test-record' and target_id = ?",
                String.class, record)).contains("ATTACHMENT_UPLOADED", "ATTACHMENT_DOWNLOADED");
    }

    @Test
    void a_renamed_executable_or_a_plain_zip_is_refused_and_leaves_nothing_behind() throws IOException {
        signIn.as("luongson");
        String record = UUID.randomUUID().toString();
        long files = storedFiles();
        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> attachments.attach("test-record", record, unit("HB-LS"), false, "ke-hoach.pdf",
                new ByteArrayInputStream(exe))).isInstanceOf(UserFacingException.class).hasMessage("attachment.error.type");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("virus.exe"));
            z.write(exe);
        }
        assertThatThrownBy(() -> attachments.attach("test-record", record, unit("HB-LS"), false, "bao-cao.docx",
                new ByteArrayInputStream(zip.toByteArray()))).isInstanceOf(UserFacingException.class);
        assertThat(attachments.list("test-record", record)).isEmpty();
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void office_files_are_recognised_by_content_and_get_their_true_extension() throws IOException {
        signIn.as("luongson");
        Attachment a = attachments.attach("test-record", UUID.randomUUID().toString(), unit("HB-LS"), false, "ke-hoach",
                new ByteArrayInputStream(docx()));
        assertThat(a.kind()).isEqualTo(FileKind.DOCX);
        assertThat(a.fileName()).isEqualTo("ke-hoach.docx");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_the_limit_in_the_message() {
        signIn.as("luongson");
        byte[] big = new byte[(int) attachments.maxBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> attachments.attach("test-record", "big", unit("HB-LS"), false, "lon.pdf", new ByteArrayInputStream(big)))
                .isInstanceOf(UserFacingException.class).hasMessage("attachment.error.too-big");
    }

    @Test
    void files_are_read_only_within_the_records_scope() {
        signIn.as("luongson");
        String record = UUID.randomUUID().toString();
        Attachment a = attachments.attach("test-record", record, unit("HB-LS"), true, "bien-ban.pdf", new ByteArrayInputStream(PDF));
        assertThatThrownBy(() -> attachments.attach("test-record", record, unit("HB-KB"), true, "khac.pdf", new ByteArrayInputStream(PDF)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> attachments.open(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.list("test-record", record)).isInstanceOf(AccessDeniedException.class);
        signIn.as("lanhdao"); // the province sees its districts' records
        assertThat(attachments.open(a.id()).content()).isEqualTo(PDF);
    }

    @Test
    void a_rolled_back_upload_leaves_no_file_and_a_changed_file_is_noticed() throws IOException {
        signIn.as("luongson");
        long files = storedFiles();
        String record = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> {
            attachments.attach("test-record", record, unit("HB-LS"), false, "nhap.pdf", new ByteArrayInputStream(PDF));
            status.setRollbackOnly(); // the record that owned it failed to save
        });
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(attachments.list("test-record", record)).isEmpty();

        Attachment kept = attachments.attach("test-record", record, unit("HB-LS"), false, "giu.pdf", new ByteArrayInputStream(PDF));
        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, kept.id());
        Files.write(dir.resolve(key), "%PDF-1.7 sửa ngoài hệ thống".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> attachments.open(kept.id())).isInstanceOf(UserFacingException.class)
                .hasMessage("attachment.error.changed");
    }
}
