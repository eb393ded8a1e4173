package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.base.text.SearchText;

/** What the search column holds and which full-text terms a typed phrase becomes. */
class CaseSearchTermsTest {

    @Test
    void the_column_holds_the_folded_text_and_its_word_pairs() {
        assertThat(SearchText.indexed("Nguyễn Văn Đức", "", "UBND xã Tú Lý"))
                .isEqualTo("nguyen van duc ubnd xa tu ly ~ nguyenvan vanduc ducubnd ubndxa xatu tuly");
        assertThat(SearchText.indexed("", "", "")).isEqualTo(" ~ ");
    }

    @Test
    void a_phrase_needs_all_its_pairs_and_a_single_word_itself_unless_too_short_to_be_indexed() {
        assertThat(CaseSearch.terms("hoang duc quy")).isEqualTo("+hoangduc +ducquy*");
        assertThat(CaseSearch.terms("xe cong vao viec rieng so 12")).as("first, middle and last pairs")
                .isEqualTo("+xecong +viecrieng +so12*");
        assertThat(CaseSearch.terms("nguyen")).isEqualTo("+nguyen*");
        assertThat(CaseSearch.terms("xa")).isEmpty();
        assertThat(CaseSearch.terms("the")).as("an InnoDB stop word is never indexed").isEmpty();
    }
}
