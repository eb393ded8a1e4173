package vn.mttq.giamsat.signin;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/** A session that closes (sign-out, time-out) leaves the person's list of sessions. */
@Component
class SessionClosings implements HttpSessionListener {

    private final Sessions sessions;

    SessionClosings(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SignInGate.COMPLETE) != null) {
            try {
                sessions.closed(event.getSession().getId());
            } catch (RuntimeException e) {
                // the database may be gone while the portal stops; the row then ages out of the lists
            }
        }
    }
}
