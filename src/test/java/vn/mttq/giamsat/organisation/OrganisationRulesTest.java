package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Plain rules of the organisation module. */
class OrganisationRulesTest {

    @Test
    void passwords_need_eight_characters_with_letters_and_digits() {
        assertThatThrownBy(() -> PasswordPolicy.check("abc123")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("abcdefghij")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("1234567890")).isInstanceOf(UserFacingException.class);
        assertThatCode(() -> PasswordPolicy.check("Mặttrận2026")).doesNotThrowAnyException();
    }

    @Test
    void a_long_vietnamese_passphrase_is_refused_with_its_own_message_not_the_generic_error() {
        // 61 characters, 84 bytes in UTF-8: past BCrypt's 72 bytes
        String phrase = "Mặt trận Tổ quốc Việt Nam giám sát cán bộ đảng viên năm 2026!";
        assertThat(phrase).hasSize(61);
        assertThatThrownBy(() -> PasswordPolicy.check(phrase)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("account.error.password-too-long");
        assertThatCode(() -> PasswordPolicy.check("Mặt trận Tổ quốc giám sát 2026")).doesNotThrowAnyException();
    }

    @Test
    void a_scope_covers_its_subtree_and_nothing_beside_it() {
        DataScope district = new DataScope(4, "/1/4/", false);
        assertThat(district.includes("/1/4/")).isTrue();
        assertThat(district.includes("/1/4/17/")).isTrue();
        assertThat(district.includes("/1/40/")).isFalse();
        assertThat(district.includes("/1/")).isFalse();
    }
}
