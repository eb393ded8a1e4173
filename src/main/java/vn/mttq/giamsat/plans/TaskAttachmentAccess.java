package vn.mttq.giamsat.plans;

import org.springframework.stereotype.Component;
import vn.mttq.giamsat.attachments.AttachmentAccess;

/** A task's evidence is readable by whoever may read the task: its unit and the plan's readers. */
@Component
class TaskAttachmentAccess implements AttachmentAccess {

    private final TaskService tasks;

    TaskAttachmentAccess(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public String ownerType() {
        return TaskService.SOURCE_TYPE;
    }

    @Override
    public boolean mayRead(String ownerId) {
        try {
            return tasks.isVisible(Long.parseLong(ownerId));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
