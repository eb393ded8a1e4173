package vn.mttq.giamsat.outreach;

import org.springframework.stereotype.Component;
import vn.mttq.giamsat.attachments.AttachmentAccess;

/** A practice's evidence is read by whoever reads the practice: everyone once it is recognised, the scope before. */
@Component
class PracticeFiles implements AttachmentAccess {

    private final PracticeService practices;

    PracticeFiles(PracticeService practices) {
        this.practices = practices;
    }

    @Override
    public String ownerType() {
        return PracticeService.SOURCE_TYPE;
    }

    @Override
    public boolean mayRead(String ownerId) {
        try {
            return practices.mayRead(Long.parseLong(ownerId));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
