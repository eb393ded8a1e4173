-- Anything with a legal deadline, registered by the feature that owns it (supervision
-- recommendations, comments with a promised reply date, plan tasks...). The engine reminds and
-- escalates from here without knowing the features.
CREATE TABLE deadline_item (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_type            VARCHAR(40)  NOT NULL,
    source_id              VARCHAR(64)  NOT NULL,
    title                  VARCHAR(500) NOT NULL,
    link                   VARCHAR(300) NULL,
    unit_id                BIGINT       NOT NULL,
    responsible_account_id BIGINT       NULL,
    received_on            DATE         NOT NULL,
    working_days           INT          NOT NULL,
    due_date               DATE         NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    finished_on            DATE         NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_deadline_source UNIQUE (source_type, source_id),
    CONSTRAINT fk_deadline_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    -- the daily scan reads only open items due before a horizon: (status, due_date) serves it
    INDEX ix_deadline_open_due (status, due_date),
    INDEX ix_deadline_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- History of a deadline: registration, extensions (with their reason), completion.
CREATE TABLE deadline_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id      BIGINT       NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    old_due_date DATE         NULL,
    new_due_date DATE         NULL,
    working_days INT          NULL,
    reason       VARCHAR(1000) NULL,
    CONSTRAINT fk_deadline_change_item FOREIGN KEY (item_id) REFERENCES deadline_item (id),
    INDEX ix_deadline_change_item (item_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- One row per reminder or escalation sent: the unique key makes the daily job idempotent.
CREATE TABLE deadline_reminder (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id   BIGINT      NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    due_date  DATE        NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_deadline_reminder UNIQUE (item_id, kind, due_date),
    CONSTRAINT fk_deadline_reminder_item FOREIGN KEY (item_id) REFERENCES deadline_item (id)
) ENGINE = InnoDB;
