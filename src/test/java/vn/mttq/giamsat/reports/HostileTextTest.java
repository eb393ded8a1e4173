package vn.mttq.giamsat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.CalendarFeed;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.organisation.Unit;
import vn.mttq.giamsat.organisation.UnitKind;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * Random Unicode (controls, noncharacters, bidirectional overrides, lone surrogates, very long
 * strings) as a unit's name: the service stores nothing the policy refuses, and a value that got
 * in behind its back (written straight into the table) still leaves every document well-formed.
 */
@SpringBootTest
@Import(SignIn.class)
class HostileTextTest {

    private static final int[] NASTY = {0x0, 0x1, 0x8, 0xB, 0x1B, 0x7F, 0x85, 0x202A, 0x202E, 0x2066, 0x2069, 0x200F,
            0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0xD800, 0xDFFF, 0xFEFF, '<', '>', '&', '"', '\'', '=', '\r', '\n', '\t'};

    @Autowired SignIn signIn;
    @Autowired UnitService units;
    @Autowired UnitsReport report;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 300 + random.nextInt(600) : 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> s.appendCodePoint(NASTY[random.nextInt(NASTY.length)]);
                case 1 -> s.append((char) random.nextInt(0x10000)); // may be a lone surrogate
                case 2 -> s.appendCodePoint(random.nextInt(0x110000));
                default -> s.append("Ủy ban MTTQ xã Đồng ".charAt(random.nextInt(20)));
            }
        }
        if (random.nextBoolean()) {
            s.insert(0, '=');
        }
        return s.toString();
    }

    @Test
    void the_service_stores_only_text_the_policy_accepts() {
        signIn.as("admin");
        Random random = new Random(124);
        Unit parent = units.get(jdbc.queryForObject("select id from unit where code = 'HB-CP'", Long.class));
        for (int i = 0; i < 60; i++) {
            String name = randomText(random);
            Unit unit = new Unit("RND-" + i, name, UnitKind.COMMUNE_FRONT, parent);
            try {
                Unit saved = units.save(unit);
                assertThat(TextPolicy.problem(saved.getName(), Unit.NAME_MAX, false)).as("stored %s", saved.getName()).isNull();
            } catch (RuntimeException refused) {
                String normalised = TextPolicy.normalise(name);
                assertThat(TextPolicy.problem(normalised, Unit.NAME_MAX, false) != null || normalised.isBlank()
                        || normalised.length() > Unit.NAME_MAX).as("refused %s", name).isTrue();
            }
        }
        assertThatThrownBy(() -> units.save(new Unit("RND-FFFF", "Xã \uFFFF", UnitKind.COMMUNE_FRONT, parent)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> units.save(new Unit("RND-RLO", "Xã \u202Eexe.fdp", UnitKind.COMMUNE_FRONT, parent)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void documents_stay_well_formed_whatever_a_stored_name_holds() throws Exception {
        long id = jdbc.queryForObject("select id from unit where code = 'HB-CP-1'", Long.class);
        String original = jdbc.queryForObject("select name from unit where id = ?", String.class, id);
        Random random = new Random(2026);
        signIn.as("admin");
        try {
            for (int i = 0; i < 12; i++) {
                String name = randomText(random).replaceAll("[\\uD800-\\uDFFF]", "?"); // MariaDB's utf8mb4 cannot hold a lone surrogate
                jdbc.update("update unit set name = ? where id = ?", name.length() > 255 ? name.substring(0, 250) : name, id);
                assertXmlParts(report.render(ReportFormat.XLSX));
                assertXmlParts(report.render(ReportFormat.DOCX));
                try (PDDocument pdf = Loader.loadPDF(report.render(ReportFormat.PDF))) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("BAN THƯỜNG TRỰC", "HÒA BÌNH");
                }
                String ics = new CalendarFeed(name, Instant.EPOCH).allDay("u" + i, LocalDate.of(2026, 9, 2), name).write();
                assertThat(new CalendarBuilder().build(new StringReader(ics))
                        .getComponents("VEVENT")).hasSize(1);
            }
        } finally {
            jdbc.update("update unit set name = ? where id = ?", original, id);
        }
    }

    @Test
    void the_clean_up_migration_removes_what_the_policy_refuses_and_audits_each_change() {
        long id = jdbc.queryForObject("select id from unit where code = 'HB-CP-2'", Long.class);
        String original = jdbc.queryForObject("select name from unit where id = ?", String.class, id);
        try {
            jdbc.update("update unit set name = ? where id = ?", "Xã Bắc\u202E Phong\uFFFF\u0007", id);
            // the migration's own statements, run again over a value stored behind the policy's back
            new ResourceDatabasePopulator(
                    new ClassPathResource("db/migration/V10__clean_stored_text.sql"))
                    .execute(jdbc.getDataSource());
            assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, id)).isEqualTo("Xã Bắc Phong");
            assertThat(jdbc.queryForList("select details from audit_log where action = 'TEXT_CLEANED' and target_type = 'unit' "
                    + "and target_id = ?", String.class, String.valueOf(id)))
                    .anySatisfy(d -> assertThat(d).contains("name: 3 ký tự không hợp lệ đã bỏ; giá trị mới: Xã Bắc Phong"));
        } finally {
            jdbc.update("update unit set name = ? where id = ?", original, id);
        }
    }

    /** Every XML part of an Office file parses. */
    private static void assertXmlParts(byte[] file) throws IOException {
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    byte[] xml = zip.readAllBytes();
                    try {
                        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
                    } catch (Exception broken) {
                        throw new AssertionError(e.getName() + " is not well-formed XML: " + broken.getMessage(), broken);
                    }
                    parts++;
                }
            }
        }
        assertThat(parts).isPositive();
    }
}
