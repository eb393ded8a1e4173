package vn.mttq.giamsat.notifications;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.mttq.giamsat.base.infra.ClusterSignals;

/**
 * The bells on screen in this server, by account. When notifications are committed for an
 * account, each of its bells is pushed the new unread count; accounts with no bell on screen
 * cost nothing, so a reminder run for thousands of people pushes only to those looking. The other
 * nodes of a cluster hear of it through {@link ClusterSignals} within seconds and push to the
 * bells open on them (a run for very many accounts signals "all": each node recounts its open bells).
 */
@Component
class OpenBells {

    private final Map<Long, Set<NotificationBell.Bell>> bells = new ConcurrentHashMap<>();
    static final String SIGNAL = "bell";
    private static final int MANY = 200;
    private final NotificationRepository notifications;
    private final ClusterSignals signals;

    OpenBells(NotificationRepository notifications, ClusterSignals signals) {
        this.notifications = notifications;
        this.signals = signals;
        signals.listen(SIGNAL, accountId -> push(accountId == null ? Set.copyOf(bells.keySet()) : Set.of(accountId)));
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
        signals.afterCommit(SIGNAL, accountIds.size() > MANY ? Set.of() : accountIds);
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
