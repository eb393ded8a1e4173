package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The person-check: a sum in Vietnamese words, answered in digits or words, once, not too fast, not too late. */
class SubmissionChallengeTest {

    private final Instant shown = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void the_question_is_written_in_words_and_answers_in_digits_or_words_count() {
        SubmissionChallenge c = new SubmissionChallenge(7, 5, shown);
        assertThat(c.question()).isEqualTo("Bảy cộng năm bằng mấy?");
        assertThat(SubmissionChallenge.answer("12")).isEqualTo(12);
        assertThat(SubmissionChallenge.answer(" Mười  hai ")).isEqualTo(12);
        assertThat(SubmissionChallenge.answer("mười lăm")).isEqualTo(15);
        assertThat(SubmissionChallenge.answer("mười")).isEqualTo(10);
        assertThat(SubmissionChallenge.answer("bảy")).isEqualTo(7);
        assertThat(SubmissionChallenge.answer("<script>")).isEqualTo(-1);
        assertThat(SubmissionChallenge.answer("")).isEqualTo(-1);
    }

    @Test
    void an_answer_counts_once_and_only_between_three_seconds_and_thirty_minutes_after_showing() {
        assertThat(new SubmissionChallenge(7, 5, shown).accepts("mười hai", shown.plusSeconds(20))).isTrue();
        assertThat(new SubmissionChallenge(7, 5, shown).accepts("12", shown.plusSeconds(1))).isFalse();
        assertThat(new SubmissionChallenge(7, 5, shown).accepts("12", shown.plus(SubmissionChallenge.LIFETIME))).isFalse();
        assertThat(new SubmissionChallenge(7, 5, shown).accepts("13", shown.plusSeconds(20))).isFalse();
        SubmissionChallenge once = new SubmissionChallenge(1, 1, shown);
        assertThat(once.accepts("3", shown.plusSeconds(10))).isFalse();
        assertThat(once.accepts("2", shown.plusSeconds(11))).as("a second try on the same question").isFalse();
    }
}
