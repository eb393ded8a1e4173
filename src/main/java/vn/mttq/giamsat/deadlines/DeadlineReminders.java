package vn.mttq.giamsat.deadlines;

import vn.mttq.giamsat.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.infra.ClusterLock;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.Recipient;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The daily scan. For every open item due within the largest reminder threshold it sends, once
 * per due date, each reminder whose moment has come: N working days before (5 and 2 by default),
 * on the day, when overdue (to the responsible people and the unit's leaders), and after the
 * configured overdue working days to the Standing Committee above. A run after downtime sends
 * what was missed, once; running twice sends nothing new (the reminder table's unique key).
 */
@Service
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    static final int BATCH = 1000;

    /** What one batch will write: reminder rows and the messages they send. */
    private record Planned(List<Object[]> reminders, List<NotificationService.Message> messages) {
    }

    private final DeadlineItemRepository items;
    private final DeadlineReminderRepository reminders;
    private final WorkingCalendar calendar;
    private final RecipientDirectory recipients;
    private final NotificationService notifications;
    private final PeriodicReports periodicReports;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final ClusterLock clusterLock;
    private final int[] before;
    private final int escalateAboveAfter;
    private final Clock clock = Clock.systemUTC();

    DeadlineReminders(DeadlineItemRepository items, DeadlineReminderRepository reminders, WorkingCalendar calendar,
                      RecipientDirectory recipients, NotificationService notifications, PeriodicReports periodicReports,
                      TransactionTemplate tx, JdbcTemplate jdbc, ClusterLock clusterLock,
                      @Value("${app.deadlines.remind-before}") String before,
                      @Value("${app.deadlines.escalate-above-after}") int escalateAboveAfter) {
        this.items = items;
        this.reminders = reminders;
        this.calendar = calendar;
        this.recipients = recipients;
        this.notifications = notifications;
        this.periodicReports = periodicReports;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clusterLock = clusterLock;
        this.before = Arrays.stream(before.split(",")).map(String::strip).mapToInt(Integer::parseInt).sorted().toArray();
        this.escalateAboveAfter = escalateAboveAfter;
    }

    /**
     * Runs the scan for {@code today} (Vietnam date); returns how many reminders went out.
     * Batches follow each other in (due date, id) order. While one batch is written (its
     * reminder rows, notifications and mails in one transaction, so they exist together or not
     * at all), the next is read and prepared on this thread: batches hold different items, so
     * neither sees the other's rows, and the database and the JVM work at the same time.
     */
    public int run(LocalDate today) {
        Optional<ClusterLock.Held> lock = clusterLock.tryLock("deadline-reminders");
        if (lock.isEmpty()) {
            log.info("Reminder scan skipped: another node is running it");
            return 0;
        }
        try (ClusterLock.Held held = lock.get()) {
            return scan(today);
        }
    }

    /**
     * The scan itself. One node at a time (named lock); a scan cut short by a dead node leaves
     * whole batches behind it, and the next scan sends exactly what is missing.
     */
    private int scan(LocalDate today) {
        periodicReports.open(today);
        int largest = before.length == 0 ? 0 : before[before.length - 1];
        LocalDate horizon = largest == 0 ? today : calendar.dueDate(today, largest);
        Lookups lookups = new Lookups(today);
        int sent = 0;
        try (ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("reminder-writer").factory())) {
            Future<?> writing = CompletableFuture.completedFuture(null);
            LocalDate afterDue = LocalDate.of(1000, 1, 1); // before any due date MariaDB can store
            long afterId = 0;
            List<DueItem> batch;
            do {
                batch = items.openDueBy(horizon, afterDue, afterId, PageRequest.of(0, BATCH));
                Planned planned = plan(batch, today, lookups);
                await(writing); // at most one batch in flight: a failure stops the scan at once
                writing = writer.submit(() -> tx.executeWithoutResult(s -> write(planned)));
                sent += planned.reminders().size();
                if (!batch.isEmpty()) {
                    afterDue = batch.getLast().dueDate();
                    afterId = batch.getLast().id();
                }
            } while (batch.size() == BATCH);
            await(writing);
        }
        return sent;
    }

    private static void await(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reminder scan interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The reminders of this batch not sent before, with their messages. */
    private Planned plan(List<DueItem> batch, LocalDate today, Lookups lookups) {
        if (batch.isEmpty()) {
            return new Planned(List.of(), List.of());
        }
        Set<String> done = new HashSet<>(reminders.sentKeys(batch.stream().map(DueItem::id).toList()));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        List<NotificationService.Message> messages = new ArrayList<>();
        for (DueItem item : batch) {
            for (Map.Entry<String, List<Recipient>> due : dueReminders(item, today, lookups).entrySet()) {
                if (done.add(key(item.id(), due.getKey(), item.dueDate()))) {
                    rows.add(new Object[] {item.id(), due.getKey(), item.dueDate(), now});
                    messages.addAll(messages(item, due.getKey(), due.getValue(), lookups));
                }
            }
        }
        return new Planned(rows, messages);
    }

    /** One JDBC batch per table: thousands of reminders must not mean thousands of round trips. */
    private void write(Planned planned) {
        if (planned.reminders().isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into deadline_reminder (item_id, kind, due_date, sent_at) values (?, ?, ?, ?)",
                planned.reminders());
        notifications.notifyAll(planned.messages());
    }

    /** Which reminders this item should have had by today, with their recipients. */
    private Map<String, List<Recipient>> dueReminders(DueItem item, LocalDate today, Lookups lookups) {
        Map<String, List<Recipient>> due = new LinkedHashMap<>();
        DayCount count = lookups.count(item.dueDate());
        int remaining = count.remaining();
        int overdue = count.overdue();
        for (int days : before) {
            if (remaining <= days) {
                due.put("DUE_IN_" + days, lookups.responsible(item));
            }
        }
        if (!today.isBefore(item.dueDate())) {
            due.put("DUE_TODAY", lookups.responsible(item));
        }
        if (overdue >= 1) {
            due.put("OVERDUE", lookups.responsible(item));
            due.put("ESCALATED_UNIT", lookups.leaders(item.unitId()));
        }
        if (overdue >= escalateAboveAfter) {
            due.put("ESCALATED_ABOVE", lookups.above(item.unitId()));
        }
        return due;
    }

    private List<NotificationService.Message> messages(DueItem item, String kind, List<Recipient> to, Lookups lookups) {
        Said title = Said.of("reminder." + (kind.startsWith("DUE_IN_") ? "DUE_IN" : kind) + ".title", item.title());
        Said body = lookups.count(item.dueDate()).body();
        return to.stream().map(r -> new NotificationService.Message(r, title, body, item.link())).toList();
    }

    /** Working days left and past for one due date, with the reminder text that states them. */
    private record DayCount(int remaining, int overdue, Said body) {
    }

    /**
     * Look-ups remembered for one run: many items share a unit, a responsible person and a due
     * date, so each recipient list and each day count is worked out once.
     */
    private final class Lookups {
        private final LocalDate today;
        private final Map<LocalDate, DayCount> counts = new HashMap<>();
        private final Map<String, List<Recipient>> responsible = new HashMap<>();
        private final Map<Long, List<Recipient>> leaders = new HashMap<>();
        private final Map<Long, List<Recipient>> above = new HashMap<>();

        Lookups(LocalDate today) {
            this.today = today;
        }

        DayCount count(LocalDate due) {
            return counts.computeIfAbsent(due, d -> {
                int remaining = calendar.workingDaysRemaining(today, d);
                int overdue = calendar.workingDaysOverdue(today, d);
                return new DayCount(remaining, overdue, Said.of("reminder.body", PortalFormats.date(d), remaining, overdue));
            });
        }

        List<Recipient> responsible(DueItem item) {
            return responsible.computeIfAbsent(item.responsibleAccountId() + "|" + item.unitId(),
                    key -> recipients.responsible(item.responsibleAccountId(), item.unitId()));
        }

        List<Recipient> leaders(long unitId) {
            return leaders.computeIfAbsent(unitId, recipients::unitLeaders);
        }

        List<Recipient> above(long unitId) {
            return above.computeIfAbsent(unitId, recipients::standingCommitteeAbove);
        }
    }

    private static String key(long itemId, String kind, LocalDate due) {
        return itemId + "|" + kind + "|" + due;
    }
}
