package vn.mttq.giamsat.base.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import vn.mttq.giamsat.base.infra.NoExternalDatabase;

/**
 * Seals and opens secrets kept in the database (reporters' identities, authenticator secrets) with
 * AES-256-GCM (authenticated: a changed byte is refused, not misread). A sealed value names its key
 * ("k1:" + base64 of IV and ciphertext), so a new current key seals new values while old keys still
 * open old ones. Keys come from configuration ({@code GIAMSAT_IDENTITY_KEYS}), never from the
 * database; with the embedded database and none configured, a demo key is generated into a file
 * beside the data; with an external database and no key, the portal does not start. Each use seals
 * under its own purpose (in the authenticated data), so a value sealed for one cannot be opened as another.
 */
public class SecretVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DEMO_KEY_ID = "demo";

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String current;
    private final String purpose;
    private final SecureRandom random = new SecureRandom();

    /** @param purpose what the values are ("" for reporters' identities, sealed before purposes existed) */
    protected SecretVault(String configured, String currentKey, String demoKeyFile, Environment environment, String purpose) {
        this.purpose = purpose;
        for (String pair : configured.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("app.identity.keys: each key is written id:base64key");
            }
            keys.put(parts[0], key(parts[1]));
        }
        if (keys.isEmpty()) {
            if (!NoExternalDatabase.in(environment)) {
                throw new IllegalStateException("No key for reporters' identities: set GIAMSAT_IDENTITY_KEYS (id:base64 of 32 random bytes) "
                        + "and GIAMSAT_IDENTITY_CURRENT_KEY before using an external database.");
            }
            keys.put(DEMO_KEY_ID, key(demoKey(Path.of(demoKeyFile))));
        }
        this.current = StringUtils.hasText(currentKey) ? currentKey : keys.keySet().iterator().next();
        if (!keys.containsKey(current)) {
            throw new IllegalStateException("app.identity.current-key names no key in app.identity.keys: " + current);
        }
    }

    private byte[] aad(String keyId) {
        return (purpose.isEmpty() ? keyId : purpose + ":" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    public @Nullable String seal(@Nullable String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(current));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return current + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public @Nullable String open(@Nullable String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        SecretKeySpec key = colon < 0 ? null : keys.get(sealed.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("the key that sealed this identity is not configured: " + (colon < 0 ? "?" : sealed.substring(0, colon)));
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(sealed.substring(0, colon)));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value could not be opened (changed or wrong key)", e);
        }
    }

    /** Seals again under the current key (key rotation); a value already under it is left alone. */
    public @Nullable String reseal(@Nullable String sealed) {
        return sealed == null || sealed.startsWith(current + ":") ? sealed : seal(open(sealed));
    }

    public String currentKeyId() {
        return current;
    }

    private static SecretKeySpec key(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("an identity key must be 32 bytes (AES-256), base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The embedded demo's key, made once (owner-readable only where the file system allows). */
    private static String demoKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, encoded);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the demo identity key " + file, e);
        }
    }
}
