package vn.mttq.giamsat.outreach;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.attachments.AttachmentAccess;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** A session's materials and photos are read by whoever may read the session (its co-organisers too). */
@Component
class SessionFiles implements AttachmentAccess {

    private final SessionService sessions;

    SessionFiles(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public String ownerType() {
        return SessionService.SOURCE_TYPE;
    }

    @Override
    public boolean mayRead(String ownerId) {
        try {
            sessions.get(Long.parseLong(ownerId));
            return true;
        } catch (AccessDeniedException | UserFacingException | NumberFormatException e) {
            return false;
        }
    }
}
