package vn.mttq.giamsat.signing;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.SignInNote;

/** The sign-in page says when issued documents are signed with the generated demo keys. */
@Component
class DemoSignedNote implements SignInNote {

    private final SigningKeys keys;

    DemoSignedNote(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public @Nullable String translationKey() {
        return keys.demoSigned() ? "signing.demo-note" : null;
    }
}
