package vn.mttq.giamsat.base.infra;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other nodes of a cluster that something they keep in memory changed (a bell's unread
 * count, the working calendar), through the shared database rather than a network protocol of
 * our own: a signal is a row in {@code cluster_signal}, written once the change has committed;
 * every node reads the rows of the last {@link #LOOK_BACK} by their indexed time every
 * {@code app.cluster.signal-poll} (2 s) and hands those of other nodes to the topic's listeners.
 * Reading a time window (not "ids above the last seen") keeps a row whose id was taken before a
 * smaller one committed; the ids already handled are remembered for the window's length.
 * One node alone pays one indexed query that finds nothing every two seconds.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    static final Duration LOOK_BACK = Duration.ofSeconds(30);
    private static final Duration KEEP = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Duration poll;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<@Nullable Long>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Long> handled = new ConcurrentHashMap<>();
    private @Nullable ScheduledExecutorService poller;
    private long polls;

    ClusterSignals(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   @Value("${app.cluster.signal-poll:2s}") Duration poll) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.poll = poll;
    }

    /** Calls the listener with the signal's subject (null: "all") when another node signals the topic. */
    public void listen(String topic, Consumer<@Nullable Long> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Signals the other nodes once the current transaction has committed (at once without one);
     * nothing is signalled for a change that rolled back. An empty subject list signals "all".
     */
    public void afterCommit(String topic, Collection<Long> subjects) {
        List<@Nullable Long> rows = subjects.isEmpty() ? Collections.singletonList(null) : List.copyOf(new LinkedHashSet<>(subjects));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(topic, rows);
                }
            });
        } else {
            write(topic, rows);
        }
    }

    private void write(String topic, List<@Nullable Long> subjects) {
        try {
            // after commit the finished transaction's connection is still bound: write in a new one
            ownTransaction.executeWithoutResult(s -> jdbc.batchUpdate(
                    "insert into cluster_signal (topic, subject, node) values (?, ?, ?)",
                    subjects.stream().map(subject -> new Object[] {topic, subject, node}).toList()));
        } catch (RuntimeException e) {
            // the change itself is committed; other nodes then notice it at their next slow refresh
            log.warn("Cluster signal {} not written: {}", topic, e.getMessage());
        }
    }

    /** Reads and dispatches the signals of other nodes; public for the cluster test. */
    public void pollOnce() {
        List<Object[]> rows = jdbc.query("select id, topic, subject, node from cluster_signal "
                        + "where created_at >= current_timestamp(3) - interval " + LOOK_BACK.toSeconds() + " second order by id",
                (rs, i) -> {
                    long subject = rs.getLong(3);
                    return new Object[] {rs.getLong(1), rs.getString(2), rs.wasNull() ? null : subject, rs.getString(4)};
                });
        long now = System.nanoTime();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            if (handled.putIfAbsent(id, now) != null || node.equals(row[3])) {
                continue;
            }
            for (Consumer<@Nullable Long> listener : listeners.getOrDefault((String) row[1], List.of())) {
                try {
                    listener.accept((Long) row[2]);
                } catch (RuntimeException e) {
                    log.warn("Cluster signal {} not handled: {}", row[1], e.getMessage());
                }
            }
        }
        handled.values().removeIf(seen -> now - seen > 2 * LOOK_BACK.toNanos());
        if (++polls % 1800 == 0) {
            jdbc.update("delete from cluster_signal where created_at < current_timestamp(3) - interval " + KEEP.toSeconds() + " second");
        }
    }

    @Override
    public void start() {
        // rows written before this node started are no news to it
        jdbc.query("select id from cluster_signal where created_at >= current_timestamp(3) - interval "
                + LOOK_BACK.toSeconds() + " second", rs -> {
            handled.put(rs.getLong(1), System.nanoTime());
        });
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("cluster-signals").factory());
        poller.scheduleWithFixedDelay(() -> {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                log.debug("Cluster signals not read: {}", e.getMessage());
            }
        }, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
