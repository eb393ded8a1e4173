package vn.mttq.giamsat.catalogues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Seeded reference catalogues: everyone reads them, only administrators change them. */
@SpringBootTest
@Import(SignIn.class)
class CataloguesTest extends SpringBrowserlessTest {

    @Autowired CatalogueService catalogues;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_27_manifestations_come_in_three_groups_of_nine_and_19_prohibitions_are_seeded() {
        signIn.as("hoinongdan");
        List<CatalogueEntry> manifestations = catalogues.all(Catalogue.MANIFESTATION);
        assertThat(manifestations).hasSize(27);
        assertThat(manifestations.stream().collect(Collectors.groupingBy(CatalogueEntry::getGroupCode,
                Collectors.counting())))
                .containsEntry("POLITICAL_IDEOLOGY", 9L).containsEntry("ETHICS_LIFESTYLE", 9L).containsEntry("SELF_EVOLUTION", 9L);
        assertThat(manifestations).allMatch(e -> e.getSource() != null && e.getSource().contains("04-NQ/TW"));
        assertThat(catalogues.all(Catalogue.PROHIBITION)).hasSize(19);
        assertThat(catalogues.all(Catalogue.LEGAL_BASIS)).extracting(CatalogueEntry::getCode)
                .contains("QD-124", "QD-99", "NQ-TW4", "KH-537", "QD-2020");
    }

    @Test
    void items_whose_official_wording_was_found_carry_it_beside_a_short_title_for_lists() {
        signIn.as("dcpl");
        CatalogueEntry first = catalogues.all(Catalogue.MANIFESTATION).getFirst();
        assertThat(first.getOfficialText()).startsWith("Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin")
                .endsWith("tư tưởng Hồ Chí Minh.");
        assertThat(first.wording()).isEqualTo(first.getOfficialText());
        CatalogueEntry nineteenth = catalogues.all(Catalogue.MANIFESTATION).get(18);
        assertThat(nineteenth.getTitle()).hasSizeLessThan(nineteenth.getOfficialText().length()).contains("đa nguyên, đa đảng");
        CatalogueEntry unconfirmed = catalogues.all(Catalogue.MANIFESTATION).get(9);
        assertThat(unconfirmed.getOfficialText()).isNull();
        assertThat(unconfirmed.wording()).isEqualTo(unconfirmed.getTitle());
        assertThat(catalogues.all(Catalogue.PROHIBITION).get(12).getOfficialText()).startsWith("Can thiệp, tác động vào hoạt động kiểm tra");
        assertThat(catalogues.all(Catalogue.PUBLIC_ETHICS)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void a_member_organisation_reads_the_catalogues_but_cannot_change_them() {
        signIn.as("hoinongdan");
        CataloguesView view = navigate(CataloguesView.class);
        assertThat(test(view.grid).size()).isEqualTo(27);
        assertThat(view.count.getText()).isEqualTo("27 mục"); // the 27 manifestations of Regulation 124, counted
        assertThat(find(Button.class).withText("Thêm mục").exists()).isFalse();
        CatalogueEntry entry = catalogues.all(Catalogue.COMMENT_CHANNEL).getFirst();
        entry.setTitle("Sửa trái phép");
        assertThatThrownBy(() -> catalogues.save(entry)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_edits_an_entry_and_the_change_is_audited() {
        signIn.as("admin");
        CatalogueEntry entry = catalogues.all(Catalogue.PROPAGANDA_FORM).getFirst();
        entry.setTitle("Hội nghị quán triệt, tập huấn (đã rà soát)");
        catalogues.save(entry);
        assertThat(catalogues.all(Catalogue.PROPAGANDA_FORM).getFirst().getTitle()).endsWith("(đã rà soát)");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CATALOGUE_ENTRY_UPDATED' and target_id = ?",
                Long.class, String.valueOf(entry.getId()))).isEqualTo(1);
        CatalogueEntry duplicate = new CatalogueEntry(Catalogue.PROPAGANDA_FORM);
        duplicate.setCode(entry.getCode());
        duplicate.setTitle("Trùng mã");
        assertThatThrownBy(() -> catalogues.save(duplicate)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_legal_basis_past_its_limit_gets_a_field_message_and_nothing_is_saved() {
        signIn.as("admin");
        navigate(CataloguesView.class);
        test(find(Button.class).withText("Thêm mục").single()).click();
        CatalogueEntryForm form = find(CatalogueEntryForm.class).single();
        long before = jdbc.queryForObject("select count(*) from catalogue_entry", Long.class);
        form.code.setValue("TEST-300");
        form.title.setValue("Mục thử có căn cứ pháp lý quá dài");
        form.source.setValue("Điều ".repeat(60)); // 300 characters, as a crafted request past maxlength would send
        test(form.save).click();
        Assertions.assertThat(form.source.isInvalid()).isTrue();
        Assertions.assertThat(form.source.getErrorMessage()).isEqualTo("Tối đa 255 ký tự");
        Assertions.assertThat(form.isOpened()).isTrue();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from catalogue_entry", Long.class)).isEqualTo(before);
    }
}
