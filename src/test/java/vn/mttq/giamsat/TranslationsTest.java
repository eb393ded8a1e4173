package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.organisation.UnitKind;

/** Every text exists in Vietnamese and English, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation|getString)\\(\"([a-z0-9.\\-]+)\"[,)]|title = \"([a-z0-9.\\-]+)\"");

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        Set<String> vi = load("vi").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(new TreeSet<>(vi)).as("keys only in one language").isEqualTo(new TreeSet<>(en));
        assertThat(vi).hasSizeGreaterThan(100);
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties vi = load("vi");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!vi.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_role_unit_kind_and_catalogue_has_a_label() throws IOException {
        Properties vi = load("vi");
        Stream.of(Role.values()).forEach(r -> assertThat(vi).containsKey(r.translationKey()));
        Stream.of(UnitKind.values()).forEach(k -> assertThat(vi).containsKey(k.translationKey()));
        Stream.of(Catalogue.values()).forEach(c -> assertThat(vi).containsKey(c.translationKey()));
        Stream.of("vi", "en").forEach(l -> assertThat(vi).containsKey("language." + l));
    }

    /** MessageFormat reads a lone apostrophe as a quote and swallows what follows ("the plan's {0}" printed "{0}"). */
    @Test
    void every_text_with_a_placeholder_fills_it() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            Properties texts = load(lang);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    Object[] args = {7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008}; // numbers fit {0} and {0,number} alike
                    String formatted = new MessageFormat(text, Locale.ROOT).format(args);
                    assertThat(formatted).as(lang + " " + key).doesNotContain("{0").doesNotContain("{1").containsPattern("7.?00[1-8]");
                }
            }
        }
    }

    @Test
    void vietnamese_texts_keep_their_diacritics() throws IOException {
        assertThat(load("vi").getProperty("login.error.bad.title")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
