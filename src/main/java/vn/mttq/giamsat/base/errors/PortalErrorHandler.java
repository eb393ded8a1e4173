package vn.mttq.giamsat.base.errors;

import com.vaadin.flow.component.UI;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.mttq.giamsat.base.ui.UserMessages;

/**
 * Every error that reaches the UI becomes a short message in the user's language; the stack
 * trace goes to the log only.
 */
@Component
public class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String key = messageKeyFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if ("error.unexpected".equals(key) && violationMessage(event.getThrowable()) == null) {
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        UserFacingException refusal = refusal(event.getThrowable());
        String violation = violationMessage(event.getThrowable());
        ui.access(() -> {
            if (refusal != null) {
                UserMessages.show(refusal);
            } else if (violation != null) {
                UserMessages.error(violation);
            } else {
                UserMessages.error(ui.getTranslation(key));
            }
        });
    }

    private static UserFacingException refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return u;
            }
        }
        return null;
    }

    /** The first broken constraint's message (field and reason), when bean validation refused a write. */
    public static String violationMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException v && !v.getConstraintViolations().isEmpty()) {
                var first = v.getConstraintViolations().iterator().next();
                return first.getPropertyPath() + ": " + first.getMessage();
            }
        }
        return null;
    }

    /** The message key a person is shown for an error (public for the fault tests). */
    public static String messageKeyFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return u.messageKey();
            }
            if (t instanceof OptimisticLockingFailureException) {
                return "error.concurrent-edit";
            }
            if (t instanceof DataIntegrityViolationException) {
                return "error.integrity";
            }
            // the database restarting or unreachable: nothing was saved, a later try works
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return "error.database-unavailable";
            }
            if (t instanceof AccessDeniedException) {
                return "error.access-denied";
            }
        }
        return "error.unexpected";
    }
}
