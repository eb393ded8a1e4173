package vn.mttq.giamsat.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_mode", nullable = false)
    private EmailMode emailMode = EmailMode.IMMEDIATE;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    NotificationPreference(long accountId, EmailMode mode) {
        this.accountId = accountId;
        this.emailMode = mode;
    }

    long getAccountId() { return accountId; }
    EmailMode getEmailMode() { return emailMode; }
    void setEmailMode(EmailMode mode) { this.emailMode = mode; }
}
