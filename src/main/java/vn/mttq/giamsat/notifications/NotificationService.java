package vn.mttq.giamsat.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.infra.PortalAddress;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.Recipient;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Tells a person something: always under the bell, and by e-mail at once or in the evening
 * digest, as the person chose. Written in the caller's transaction, so a reminder and its
 * notification are recorded together or not at all.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final MailOutbox outbox;
    private final OpenBells openBells;
    private final JdbcTemplate jdbc;
    private final RecipientDirectory recipients;
    private final CurrentUser currentUser;
    private final String baseUrl;
    private final Clock clock = Clock.systemUTC();

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                        MailOutbox outbox, OpenBells openBells, JdbcTemplate jdbc, RecipientDirectory recipients, CurrentUser currentUser,
                        PortalAddress address) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.outbox = outbox;
        this.openBells = openBells;
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.baseUrl = address.base();
    }

    /**
     * Something to tell one person. Title and body are kept by their keys and arguments too, so
     * that the bell reads them in the person's language; mail goes out in Vietnamese.
     */
    public record Message(Recipient to, Said titleSaid, Said bodySaid, @Nullable String link) {

        /** A message whose texts are the same in every language. */
        public Message(Recipient to, String title, String body, @Nullable String link) {
            this(to, Said.plain(title), Said.plain(body), link);
        }

        public String title() {
            return titleSaid.vi();
        }

        public String body() {
            return bodySaid.vi();
        }

        @Nullable String words() {
            return titleSaid.key().isEmpty() && bodySaid.key().isEmpty() ? null : Said.keptPair(titleSaid, bodySaid);
        }
    }

    /** A message whose texts are the same in every language. */
    @Transactional
    public void notify(Recipient to, String title, String body, @Nullable String link) {
        notifyAll(List.of(new Message(to, title, body, link)));
    }

    @Transactional
    public void notify(Recipient to, Said title, Said body, @Nullable String link) {
        notifyAll(List.of(new Message(to, title, body, link)));
    }

    /**
     * Records many messages at once with JDBC batches: the reminder scan sends thousands, and one
     * insert per row would dominate its run time.
     */
    @Transactional
    public void notifyAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Map<Long, EmailMode> modes = new HashMap<>();
        preferences.findAllById(messages.stream().map(m -> m.to().accountId()).distinct().toList())
                .forEach(p -> modes.put(p.getAccountId(), p.getEmailMode()));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        List<MailOutbox.Mail> mails = new ArrayList<>();
        for (Message m : messages) {
            EmailMode mode = modes.getOrDefault(m.to().accountId(), EmailMode.IMMEDIATE);
            boolean mail = m.to().email() != null && mode != EmailMode.NONE;
            String title = m.title();
            String body = m.body();
            String words = m.words();
            rows.add(new Object[] {m.to().accountId(), OutgoingMail.fit(title, Notification.TITLE_MAX),
                    OutgoingMail.fit(body, Notification.BODY_MAX), m.link(), now, mail && mode == EmailMode.DIGEST,
                    words != null && words.length() <= Notification.WORDS_MAX ? words : null});
            if (mail && mode == EmailMode.IMMEDIATE) {
                mails.add(new MailOutbox.Mail(m.to().email(), Texts.vi("notification.mail.subject", title),
                        Texts.vi("notification.mail.body", m.to().fullName(), body, url(m.link()))));
            }
        }
        jdbc.batchUpdate("insert into notification (account_id, title, body, link, created_at, digest_pending, words) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows);
        outbox.enqueue(mails);
        openBells.changedAfterCommit(messages.stream().map(m -> m.to().accountId()).distinct().toList());
    }

    /** One mail per person with everything collected since the last digest. */
    @Transactional
    public int sendDigests() {
        int sent = 0;
        for (long accountId : notifications.accountsWithDigest()) {
            List<Notification> pending = notifications.findByAccountIdAndDigestPendingTrueOrderByCreatedAt(accountId);
            var to = recipients.account(accountId);
            if (to.isPresent() && to.get().email() != null) {
                StringBuilder lines = new StringBuilder();
                for (Notification n : pending) {
                    lines.append("- ").append(n.getTitle()).append(": ").append(n.getBody())
                            .append(n.getLink() == null ? "" : " (" + url(n.getLink()) + ")").append('\n');
                }
                outbox.enqueue(List.of(new MailOutbox.Mail(to.get().email(), Texts.vi("notification.digest.subject", pending.size()),
                        Texts.vi("notification.digest.body", to.get().fullName(), lines.toString()))));
                sent++;
            }
            pending.forEach(Notification::digested);
        }
        return sent;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByAccountIdAndReadAtIsNull(currentUser.require().accountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return notifications.findTop20ByAccountIdOrderByCreatedAtDescIdDesc(currentUser.require().accountId());
    }

    /** Marks one of the caller's own notifications read; others' are left alone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        long me = currentUser.require().accountId();
        notifications.findById(id).filter(n -> n.getAccountId() == me).ifPresent(n -> n.markRead(clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        long me = currentUser.require().accountId();
        openBells.changedAfterCommit(List.of(me)); // the person's other tabs follow
        return notifications.markAllRead(me, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EmailMode myEmailMode() {
        return modeOf(currentUser.require().accountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyEmailMode(EmailMode mode) {
        long me = currentUser.require().accountId();
        preferences.findById(me).ifPresentOrElse(p -> p.setEmailMode(mode),
                () -> preferences.save(new NotificationPreference(me, mode)));
    }

    private EmailMode modeOf(long accountId) {
        return preferences.findById(accountId).map(NotificationPreference::getEmailMode).orElse(EmailMode.IMMEDIATE);
    }

    private String url(@Nullable String link) {
        return link == null ? baseUrl : baseUrl + "/" + (link.startsWith("/") ? link.substring(1) : link);
    }
}
