package vn.mttq.giamsat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The kept copy of an answer: the same JSON, in characters Java stores one byte each. */
class CompactResendCopyTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void vietnamese_letters_become_escapes_that_read_back_as_the_same_json() {
        String answer = "{\"changes\":[{\"key\":\"text\",\"value\":\"Giám sát đo hiệu năng – Lạng Sơn 😀\"}],\"n\":1.5,\"ok\":true}";
        String kept = CompactResendCopy.latin1(answer);

        assertThat(kept.chars().allMatch(c -> c <= 0xFF)).as("every character fits Latin-1").isTrue();
        assertThat(kept).contains("Giám sát \\u0111o hi\\u1ec7u n\\u0103ng").doesNotContain("đ");
        assertThat(json.readTree(kept)).isEqualTo(json.readTree(answer));
    }

    @Test
    void an_answer_without_such_letters_is_kept_as_it_is() {
        String answer = "{\"value\":\"Giám sát\",\"n\":[1,2]}"; // á is Latin-1 already
        assertThat(CompactResendCopy.latin1(answer)).isSameAs(answer);
    }
}
