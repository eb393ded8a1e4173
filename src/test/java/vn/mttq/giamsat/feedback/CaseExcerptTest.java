package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cases list says what each case is about (issue 22): its first words, cut at a word. */
class CaseExcerptTest {

    @Test
    void a_short_content_shows_whole_and_a_long_one_is_cut_at_a_word() {
        assertThat(CasesView.excerpt("Thu tiền\n không có   biên lai.")).isEqualTo("Thu tiền không có biên lai.");
        String longText = "Trưởng thôn thu tiền làm đường không công khai, không họp dân, không có biên lai; "
                + "nhiều hộ phản ánh nhưng chưa được trả lời, đề nghị Mặt trận giám sát và yêu cầu công khai các khoản thu.";
        String cut = CasesView.excerpt(longText);
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(141);
        assertThat(longText).startsWith(cut.substring(0, cut.length() - 1));
        assertThat(cut.charAt(cut.length() - 2)).isNotEqualTo(' ');
    }
}
