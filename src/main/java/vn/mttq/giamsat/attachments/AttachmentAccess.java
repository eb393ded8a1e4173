package vn.mttq.giamsat.attachments;

/**
 * A feature's word on who may read the files of its records beyond the owner unit's scope (for
 * example a member organisation reading the plan that was sent to it). Without one, the owner
 * unit's data scope decides.
 */
public interface AttachmentAccess {

    /** The owner type this bean speaks for, e.g. "plan". */
    String ownerType();

    /** Whether the signed-in person may read files of this record. */
    boolean mayRead(String ownerId);
}
