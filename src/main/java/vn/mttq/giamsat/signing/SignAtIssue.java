package vn.mttq.giamsat.signing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.mttq.giamsat.register.DocumentIssued;

/**
 * A document is signed when it is issued, not only when someone first prints it: once the issuing
 * transaction has committed, the feature prints it (as the person who issued it) in the background,
 * so the click that issues is not slower and the signature's time is the time of issue. A failure
 * here is logged; the document is then signed at its first print.
 */
@Component
class SignAtIssue {

    private static final Logger log = LoggerFactory.getLogger(SignAtIssue.class);

    private final DocumentPrinters printers;
    private final SecurityContextHolderStrategy security;
    private final boolean enabled;

    SignAtIssue(DocumentPrinters printers, ObjectProvider<SecurityContextHolderStrategy> security,
                @Value("${app.signing.sign-at-issue:true}") boolean enabled) {
        this.printers = printers;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.enabled = enabled;
    }

    @TransactionalEventListener
    void issued(DocumentIssued event) {
        Authentication issuer = security.getContext().getAuthentication();
        if (!enabled || !printers.prints(event.document()) || issuer == null) {
            return; // the demo's seeding has no one signed in: signing.demo signs those after start-up
        }
        Thread.ofVirtual().name("sign-at-issue").start(() -> {
            security.getContext().setAuthentication(issuer);
            try {
                printers.print(event.document());
            } catch (RuntimeException e) {
                log.warn("Document {} not signed at issue (it will be at its first print): {}", event.document().symbol(), e.getMessage());
            } finally {
                security.clearContext();
            }
        });
    }
}
