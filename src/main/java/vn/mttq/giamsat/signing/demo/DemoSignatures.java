package vn.mttq.giamsat.signing.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.organisation.demo.DemoProvince;
import vn.mttq.giamsat.register.IssuedDocument;
import vn.mttq.giamsat.signing.DocumentPrinters;
import vn.mttq.giamsat.signing.SignedDocuments;

/**
 * Issue 26: the demo's issued documents (the provincial plan, the letters and reports, the
 * consolidated report) are signed with the demo keys once the portal is ready, in the background so
 * the start is not slower, printed as the demo's provincial leader would print them. Only while
 * documents are demo-signed; a document already signed is left as it is.
 */
@Component
class DemoSignatures {

    private static final Logger log = LoggerFactory.getLogger(DemoSignatures.class);

    private final SignedDocuments signed;
    private final DocumentPrinters printers;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;
    private final boolean enabled;

    DemoSignatures(SignedDocuments signed, DocumentPrinters printers, UserDetailsService users,
                   ObjectProvider<SecurityContextHolderStrategy> security,
                   @Value("${app.signing.sign-demo-at-start:true}") boolean enabled) {
        // the strategy the method security of this context reads (a second context in the same JVM may replace the static one)
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.signed = signed;
        this.printers = printers;
        this.users = users;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void signTheDemosDocuments() {
        if (enabled && signed.demoSigned()) {
            Thread.ofVirtual().name("demo-signatures").start(this::signUnsigned);
        }
    }

    /** Prints every issued document without a signed file as the demo's provincial leader; returns how many were signed. */
    int signUnsigned() {
        String leader = DemoProvince.ACCOUNTS.stream().filter(a -> a.role() == Role.LEADER).findFirst().orElseThrow().username();
        UserDetails user;
        try {
            user = users.loadUserByUsername(leader);
        } catch (UsernameNotFoundException gone) {
            return 0; // not the demo province
        }
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        int count = 0;
        try {
            for (IssuedDocument doc : signed.unsigned()) {
                if (!printers.prints(doc)) {
                    continue;
                }
                try {
                    printers.print(doc);
                    count++;
                } catch (RuntimeException e) {
                    log.warn("Demo document {} was not signed: {}", doc.symbol(), e.getMessage());
                }
            }
        } finally {
            security.clearContext();
        }
        log.info("Demo documents signed with the demo keys: {}", count);
        return count;
    }
}
