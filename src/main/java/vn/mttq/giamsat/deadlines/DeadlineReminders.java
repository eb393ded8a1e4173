package vn.mttq.giamsat.deadlines;

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
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.base.Texts;
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

    static final int BATCH = 1000;

    private record Batch(int sent, boolean more, LocalDate lastDue, long lastId) {
    }

    private final DeadlineItemRepository items;
    private final DeadlineReminderRepository reminders;
    private final WorkingCalendar calendar;
    private final RecipientDirectory recipients;
    private final NotificationService notifications;
    private final PeriodicReports periodicReports;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final int[] before;
    private final int escalateAboveAfter;
    private final Clock clock = Clock.systemUTC();

    DeadlineReminders(DeadlineItemRepository items, DeadlineReminderRepository reminders, WorkingCalendar calendar,
                      RecipientDirectory recipients, NotificationService notifications, PeriodicReports periodicReports,
                      TransactionTemplate tx, JdbcTemplate jdbc,
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
        this.before = Arrays.stream(before.split(",")).map(String::strip).mapToInt(Integer::parseInt).sorted().toArray();
        this.escalateAboveAfter = escalateAboveAfter;
    }

    /** Runs the scan for {@code today} (Vietnam date); returns how many reminders went out. */
    public int run(LocalDate today) {
        periodicReports.open(today);
        int largest = before.length == 0 ? 0 : before[before.length - 1];
        LocalDate horizon = largest == 0 ? today : calendar.dueDate(today, largest);
        int sent = 0;
        Recipients who = new Recipients();
        LocalDate afterDue = LocalDate.of(1000, 1, 1); // before any due date MariaDB can store
        long afterId = 0;
        while (true) {
            LocalDate due = afterDue;
            long id = afterId;
            // each batch in its own transaction: a long scan never holds one huge transaction
            Batch batch = tx.execute(s -> {
                List<DueItem> items = this.items.openDueBy(horizon, due, id, PageRequest.of(0, BATCH));
                DueItem last = items.isEmpty() ? null : items.getLast();
                return new Batch(remindBatch(items, today, who), items.size() == BATCH,
                        last == null ? due : last.dueDate(), last == null ? id : last.id());
            });
            sent += batch.sent();
            if (!batch.more()) {
                break;
            }
            afterDue = batch.lastDue();
            afterId = batch.lastId();
        }
        return sent;
    }

    private int remindBatch(List<DueItem> batch, LocalDate today, Recipients who) {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> done = new HashSet<>(reminders.sentKeys(batch.stream().map(DueItem::id).toList()));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> sent = new ArrayList<>();
        List<NotificationService.Message> messages = new ArrayList<>();
        for (DueItem item : batch) {
            for (Map.Entry<String, List<Recipient>> due : dueReminders(item, today, who).entrySet()) {
                if (done.add(key(item.id(), due.getKey(), item.dueDate()))) {
                    sent.add(new Object[] {item.id(), due.getKey(), item.dueDate(), now});
                    messages.addAll(messages(item, due.getKey(), due.getValue(), today));
                }
            }
        }
        // one batch per table: thousands of reminders must not mean thousands of round trips
        jdbc.batchUpdate("insert into deadline_reminder (item_id, kind, due_date, sent_at) values (?, ?, ?, ?)", sent);
        notifications.notifyAll(messages);
        return sent.size();
    }

    /** Which reminders this item should have had by today, with their recipients. */
    private Map<String, List<Recipient>> dueReminders(DueItem item, LocalDate today, Recipients who) {
        Map<String, List<Recipient>> due = new LinkedHashMap<>();
        int remaining = calendar.workingDaysRemaining(today, item.dueDate());
        int overdue = calendar.workingDaysOverdue(today, item.dueDate());
        for (int days : before) {
            if (remaining <= days) {
                due.put("DUE_IN_" + days, who.responsible(item));
            }
        }
        if (!today.isBefore(item.dueDate())) {
            due.put("DUE_TODAY", who.responsible(item));
        }
        if (overdue >= 1) {
            due.put("OVERDUE", who.responsible(item));
            due.put("ESCALATED_UNIT", who.leaders(item.unitId()));
        }
        if (overdue >= escalateAboveAfter) {
            due.put("ESCALATED_ABOVE", who.above(item.unitId()));
        }
        return due;
    }

    private List<NotificationService.Message> messages(DueItem item, String kind, List<Recipient> to, LocalDate today) {
        String title = Texts.vi("reminder." + kind.replaceAll("_\\d+$", "") + ".title", item.title());
        String body = Texts.vi("reminder.body", PortalFormats.date(item.dueDate()),
                calendar.workingDaysRemaining(today, item.dueDate()), calendar.workingDaysOverdue(today, item.dueDate()));
        return to.stream().map(r -> new NotificationService.Message(r, title, body, item.link())).toList();
    }

    /** Recipient look-ups remembered for one run: many items share a unit and a responsible person. */
    private final class Recipients {
        private final Map<Long, List<Recipient>> responsible = new HashMap<>();
        private final Map<Long, List<Recipient>> unitAccounts = new HashMap<>();
        private final Map<Long, List<Recipient>> leaders = new HashMap<>();
        private final Map<Long, List<Recipient>> above = new HashMap<>();

        List<Recipient> responsible(DueItem item) {
            Long accountId = item.responsibleAccountId();
            if (accountId != null) {
                List<Recipient> one = responsible.computeIfAbsent(accountId,
                        id -> recipients.account(id).map(List::of).orElse(List.of()));
                if (!one.isEmpty()) {
                    return one;
                }
            }
            return unitAccounts.computeIfAbsent(item.unitId(), recipients::unitAccounts);
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
