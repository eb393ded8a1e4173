package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Sealing reporters' identities: authenticated, key rotation, and no start without a key on a real database. */
class IdentityVaultTest {

    private static String key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void a_sealed_identity_opens_only_unchanged_and_never_shows_in_clear() {
        IdentityVault vault = new IdentityVault("k1:" + key(1), "k1", "", new MockEnvironment());
        String sealed = vault.seal("Nguyễn Thị Mận, 0912345678");
        assertThat(sealed).startsWith("k1:").doesNotContain("Nguyễn", "0912345678");
        assertThat(vault.seal("Nguyễn Thị Mận, 0912345678")).isNotEqualTo(sealed); // a fresh nonce every time
        assertThat(vault.open(sealed)).isEqualTo("Nguyễn Thị Mận, 0912345678");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> vault.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(vault.seal("  ")).isNull();
    }

    @Test
    void after_a_rotation_old_cases_still_open_and_reseal_under_the_new_key() {
        String old = new IdentityVault("k1:" + key(1), "k1", "", new MockEnvironment()).seal("Trần Văn Khải");
        IdentityVault rotated = new IdentityVault("k1:" + key(1) + ",k2:" + key(2), "k2", "", new MockEnvironment());
        assertThat(rotated.open(old)).isEqualTo("Trần Văn Khải");
        String resealed = rotated.reseal(old);
        assertThat(resealed).startsWith("k2:");
        assertThat(new IdentityVault("k2:" + key(2), "k2", "", new MockEnvironment()).open(resealed)).isEqualTo("Trần Văn Khải");
        assertThatThrownBy(() -> new IdentityVault("k2:" + key(2), "k2", "", new MockEnvironment()).open(old))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k1");
    }

    @Test
    void with_an_external_database_and_no_key_the_portal_does_not_start_and_the_demo_key_is_made_once(@TempDir Path dir) throws Exception {
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/giamsat124");
        assertThatThrownBy(() -> new IdentityVault("", "", dir.resolve("x.key").toString(), external))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GIAMSAT_IDENTITY_KEYS");
        Path file = dir.resolve("identity.key");
        String sealed = new IdentityVault("", "", file.toString(), new MockEnvironment()).seal("Bùi Thị Nga");
        assertThat(Files.readString(file)).isNotBlank();
        assertThat(new IdentityVault("", "", file.toString(), new MockEnvironment()).open(sealed)).isEqualTo("Bùi Thị Nga");
    }
}
