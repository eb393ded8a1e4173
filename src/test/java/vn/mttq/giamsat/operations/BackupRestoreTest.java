package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.GiamSatApplication;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;
import vn.mttq.giamsat.feedback.CaseService;
import vn.mttq.giamsat.feedback.CaseIdentities;

/**
 * Backup, then restore into a fresh MariaDB and an empty folder: every table has its rows, the
 * audit log and the attached files are the same to the byte, the portal starts on the restored
 * database, and a reporter's sealed identity still opens there with the key kept apart.
 */
@SpringBootTest
@Import(SignIn.class)
class BackupRestoreTest {

    @Autowired EmbeddedMariaDb database;
    @Autowired JdbcTemplate jdbc;
    @Autowired AttachmentService attachments;
    @Autowired CaseService cases;
    @Autowired CaseIdentities caseIdentities;
    @Autowired SignIn signIn;
    @Value("${app.attachments.dir}") String attachmentsDir;

    private final Path work = Path.of("target", "backup-test-" + UUID.randomUUID());
    private EmbeddedMariaDb fresh;

    @AfterEach
    void cleanUp() throws IOException {
        signIn.signOut();
        if (fresh != null) {
            fresh.close();
        }
        FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void a_backup_restored_into_a_fresh_database_brings_back_every_row_file_and_identity() throws Exception {
        signIn.as("luongson");
        long unit = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        attachments.attach("backup-test", "1", unit, false, "bien-ban.pdf",
                new ByteArrayInputStream("%PDF-1.7\n% biên bản kiểm tra sao lưu\n".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> sealedCase = jdbc.queryForMap("select c.id, a.username from feedback_case c join account a on a.id = c.handler_account_id "
                + "where c.anonymous = false and c.reporter_name is not null order by c.id limit 1");
        signIn.as((String) sealedCase.get("username"));
        long caseId = ((Number) sealedCase.get("id")).longValue();
        CaseService.Identity original = caseIdentities.reveal(caseId, "Kiểm tra sao lưu");
        signIn.signOut();

        DatabaseTarget source = DatabaseTarget.fromJdbcUrl(database.jdbcUrl(), database.user(), database.password());
        BackupArchive archives = new BackupArchive();
        Path archive = archives.backup(source, Path.of(attachmentsDir), work.resolve("backups"));
        assertThat(archive.getFileName().toString()).matches("giamsat124-backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertThat(zip.getEntry("database.sql")).isNotNull();
            assertThat(zip.getEntry("manifest.properties")).isNotNull();
            String dump = new String(zip.getInputStream(zip.getEntry("database.sql")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dump).contains("CREATE TABLE `QRTZ_TRIGGERS`", "CREATE TABLE `audit_log`", "INSERT INTO `audit_log`")
                    .as("identities are in the dump only sealed").doesNotContain(original.name());
        }

        fresh = EmbeddedMariaDb.start("", "giamsat124", "128M");
        DatabaseTarget target = DatabaseTarget.fromJdbcUrl(fresh.jdbcUrl(), fresh.user(), fresh.password());
        Path restoredFiles = work.resolve("restored-attachments");
        assertThat(archives.restore(archive, target, restoredFiles)).as("differences from the manifest").isEmpty();

        JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), fresh.password()));
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = database() "
                + "and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("audit_log", "QRTZ_JOB_DETAILS", "feedback_case", "attachment");
        for (String table : tables) {
            assertThat(restored.queryForObject("select count(*) from `" + table + "`", Long.class)).as(table)
                    .isEqualTo(jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        assertThat(restored.queryForObject("select count(*) from audit_log where action = 'IDENTITY_REVEALED' and details like ?",
                Long.class, "%Kiểm tra sao lưu%")).as("the last audited act before the backup").isEqualTo(1);
        String triggers = "select group_concat(trigger_name order by trigger_name) from information_schema.triggers where trigger_schema = database()";
        assertThat(restored.queryForObject(triggers, String.class)).as("the audit log stays append-only")
                .isEqualTo(jdbc.queryForObject(triggers, String.class)).contains("audit_log_no_update");
        for (Path file : Fingerprint.files(Path.of(attachmentsDir))) {
            Path copy = restoredFiles.resolve(Path.of(attachmentsDir).relativize(file));
            assertThat(Files.mismatch(file, copy)).as(file.toString()).isEqualTo(-1L);
        }

        assertThatThrownBy(() -> archives.restore(archive, target, work.resolve("other-folder")))
                .as("never over a database that has tables").hasMessageContaining("empty database");

        String key = Files.readString(Path.of("target/test-identity.key")).strip();
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(GiamSatApplication.class).run(
                "--app.base-url=http://portal.test", "--spring.datasource.url=" + fresh.jdbcUrl(), "--spring.datasource.username=" + fresh.user(), "--spring.datasource.password=" + fresh.password(),
                "--app.identity.keys=demo:" + key, "--app.attachments.dir=" + restoredFiles, "--server.port=0",
                "--logging.level.root=warn")) {
            portal.getAutowireCapableBeanFactory().createBean(SignIn.class).as((String) sealedCase.get("username"));
            CaseService.Identity opened = portal.getBean(CaseIdentities.class).reveal(caseId, "Kiểm tra khôi phục");
            assertThat(opened).isEqualTo(original);
            portal.getAutowireCapableBeanFactory().createBean(SignIn.class).signOut();
        }
    }
}
