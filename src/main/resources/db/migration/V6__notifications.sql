-- In-app notifications (the bell) and the e-mail outbox. Mail is written in the same transaction
-- as the event that causes it and sent later, so nothing is lost when the mail server is down.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    link        VARCHAR(300)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    digest_pending BOOLEAN    NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_notification_inbox (account_id, read_at, created_at),
    INDEX ix_notification_digest (digest_pending, account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE notification_preference (
    account_id  BIGINT      PRIMARY KEY,
    email_mode  VARCHAR(16) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_notification_preference_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(255)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_mail_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
