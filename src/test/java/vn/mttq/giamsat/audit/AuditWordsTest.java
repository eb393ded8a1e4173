package vn.mttq.giamsat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.base.text.Texts;

/** Issue 22: the audit log and every history show events and records in words, in both languages. */
class AuditWordsTest {

    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final Pattern TARGET = Pattern.compile("audit\\.record(?:As)?\\((?:[^,]+, )?\"[A-Z_]+\", \"([a-z_-]+)\"");

    /** Every action code the sources hand to the audit trail (on the line of an audit call, ternaries included). */
    private static Set<String> recorded(Pattern pattern) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.contains("audit.record") || line.contains("String action = ")) {
                        Matcher m = pattern.matcher(line);
                        while (m.find()) {
                            codes.add(m.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }

    @Test
    void every_recorded_action_has_words_in_vietnamese_and_english() throws IOException {
        Set<String> actions = recorded(CODE);
        actions.remove("DEADLINE_"); // "DEADLINE_" + the change's kind, below
        for (String kind : new String[] {"REGISTERED", "EXTENDED", "URGED", "MET", "CLOSED"}) {
            actions.add("DEADLINE_" + kind);
        }
        assertThat(actions).hasSizeGreaterThan(60).contains("LOGIN_SUCCESS", "CASE_CLASSIFIED", "PLAN_PUBLISHED");
        assertThat(actions).allSatisfy(a -> {
            assertThat(AuditWords.action(Texts.VIETNAMESE, a)).as(a + " in Vietnamese").isNotEqualTo(a);
            assertThat(AuditWords.action(Texts.ENGLISH, a)).as(a + " in English").isNotEqualTo(a);
        });
        assertThat(AuditWords.action(Texts.VIETNAMESE, "LOGIN_SUCCESS")).isEqualTo("Đăng nhập");
        assertThat(AuditWords.action(Texts.VIETNAMESE, "PLAN_PUBLISHED")).isEqualTo("Ban hành");
        assertThat(AuditWords.action(Texts.ENGLISH, "LOGIN_SUCCESS")).isEqualTo("Signed in");
    }

    @Test
    void every_record_type_has_a_name_and_an_unknown_code_stays_visible() throws IOException {
        Set<String> types = recorded(TARGET);
        types.addAll(Set.of("feedback-case", "plan", "plan-task", "supervision", "supervision-recommendation", "training-session",
                "periodic-report", "good-practice", "propaganda", "deadline_item", "catalogue_entry",
                "bao-cao-dinh-ky", "giam-sat", "ke-hoach", "phan-anh", "tap-huan")); // RecordRoutes' pages, for RECORD_REFUSED
        assertThat(types).allSatisfy(t -> assertThat(AuditWords.target(Texts.VIETNAMESE, t, "6")).as(t).doesNotStartWith(t));
        assertThat(AuditWords.target(Texts.VIETNAMESE, "feedback-case", "6")).isEqualTo("Vụ việc 6");
        assertThat(AuditWords.target(Texts.ENGLISH, "account", "3")).isEqualTo("Account 3");
        assertThat(AuditWords.action(Texts.VIETNAMESE, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(AuditWords.actor(Texts.VIETNAMESE, "system")).isEqualTo("Hệ thống (tự động)");
    }
}
