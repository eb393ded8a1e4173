package vn.mttq.giamsat.plans;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** Tells the people of a plan's recipient units about it (bell and mail): on publishing, revising, urging, and in the demo. */
@Component
public class PlanNotices {

    private final NotificationService notifications;
    private final RecipientDirectory directory;

    PlanNotices(NotificationService notifications, RecipientDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    public void tell(Plan plan, List<PlanRecipient> to, String key) {
        List<NotificationService.Message> messages = new ArrayList<>();
        Said title = Said.of(key, plan.getNumberSymbol(), plan.getTitle());
        Said body = Said.of("plan.notify.body", directory.unitName(plan.getIssuingUnitId()),
                plan.getIssuedOn() == null ? "" : PortalFormats.date(plan.getIssuedOn()));
        for (PlanRecipient r : to) {
            directory.unitAccounts(r.getUnitId()).forEach(account ->
                    messages.add(new NotificationService.Message(account, title, body, "ke-hoach/" + plan.getId())));
        }
        notifications.notifyAll(messages);
    }
}
