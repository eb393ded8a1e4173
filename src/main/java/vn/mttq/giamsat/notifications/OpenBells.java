package vn.mttq.giamsat.notifications;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bells on screen in this server, by account. When notifications are committed for an
 * account, each of its bells is pushed the new unread count; accounts with no bell on screen
 * cost nothing, so a reminder run for thousands of people pushes only to those looking.
 */
@Component
class OpenBells {

    private final Map<Long, Set<NotificationBell.Bell>> bells = new ConcurrentHashMap<>();
    private final NotificationRepository notifications;

    OpenBells(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    void opened(long accountId, NotificationBell.Bell bell) {
        bells.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(bell);
    }

    void closed(long accountId, NotificationBell.Bell bell) {
        bells.computeIfPresent(accountId, (id, set) -> {
            set.remove(bell);
            return set.isEmpty() ? null : set;
        });
    }

    /** Pushes new counts once the current transaction has committed (at once without one). */
    void changedAfterCommit(Collection<Long> accountIds) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push(accountIds);
                }
            });
        } else {
            push(accountIds);
        }
    }

    private void push(Collection<Long> accountIds) {
        for (long accountId : Set.copyOf(accountIds)) {
            Set<NotificationBell.Bell> open = bells.get(accountId);
            if (open != null && !open.isEmpty()) {
                long unread = notifications.countByAccountIdAndReadAtIsNull(accountId);
                open.forEach(bell -> bell.getUI().ifPresent(ui -> ui.access(() -> bell.show(unread))));
            }
        }
    }
}
