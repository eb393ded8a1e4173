package vn.mttq.giamsat.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each output format receives, and what the input policy refuses. */
class OutputTextTest {

    @Test
    void text_for_documents_loses_what_xml_cannot_carry_and_keeps_vietnamese() {
        assertThat(OutputText.clean("Xã Đồng\u0000 Tâm\uFFFF\u202E")).isEqualTo("Xã Đồng Tâm");
        assertThat(OutputText.clean("dòng 1\ndòng 2\tcột")).isEqualTo("dòng 1\ndòng 2\tcột");
        assertThat(OutputText.line("Nghỉ\r\nATTENDEE:x\rY")).isEqualTo("Nghỉ ATTENDEE:x Y");
    }

    @Test
    void the_input_policy_names_what_it_refuses() {
        assertThat(TextPolicy.problem("Ủy ban MTTQ xã Cư Yên", 255, false)).isNull();
        assertThat(TextPolicy.problem("a\u202Eb", 255, false)).isEqualTo("text.error.bidi");
        assertThat(TextPolicy.problem("a\u2066b", 255, false)).isEqualTo("text.error.bidi");
        assertThat(TextPolicy.problem("a\uFFFFb", 255, false)).isEqualTo("text.error.invalid-character");
        assertThat(TextPolicy.problem("a\uD800b", 255, false)).isEqualTo("text.error.invalid-character");
        assertThat(TextPolicy.problem("a\u0000b", 255, false)).isEqualTo("text.error.control-single-line");
        assertThat(TextPolicy.problem("a\nb", 255, false)).isEqualTo("text.error.control-single-line");
        assertThat(TextPolicy.problem("a\nb\tc", 255, true)).isNull();
        assertThat(TextPolicy.problem("a\u0007b", 255, true)).isEqualTo("text.error.control");
        assertThat(TextPolicy.problem("x".repeat(256), 255, false)).isEqualTo("text.error.too-long");
        // composed and decomposed Vietnamese are stored alike (NFC)
        assertThat(TextPolicy.normalise("  Nguye\u0302\u0303n  ")).isEqualTo("Nguyễn");
    }
}
