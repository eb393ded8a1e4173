-- Plans (kế hoạch): the issuer's working copy, the published versions, and the "Nơi nhận" with
-- receipt confirmations.
CREATE TABLE plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    issuing_unit_id BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    legal_bases     TEXT          NOT NULL,
    purposes        MEDIUMTEXT    NOT NULL,
    contents        MEDIUMTEXT    NOT NULL,
    organisation    MEDIUMTEXT    NOT NULL,
    number_symbol   VARCHAR(120)  NULL,
    issued_on       DATE          NULL,
    version_no      INT           NOT NULL DEFAULT 0,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_unit FOREIGN KEY (issuing_unit_id) REFERENCES unit (id),
    INDEX ix_plan_issuer (issuing_unit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE plan_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    version_no   INT           NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    legal_bases  TEXT          NOT NULL,
    purposes     MEDIUMTEXT    NOT NULL,
    contents     MEDIUMTEXT    NOT NULL,
    organisation MEDIUMTEXT    NOT NULL,
    change_note  VARCHAR(1000) NULL,
    published_by VARCHAR(64)   NOT NULL,
    published_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_plan_version UNIQUE (plan_id, version_no),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE plan_recipient (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    confirmed_at DATETIME(6) NULL,
    confirmed_by VARCHAR(64) NULL,
    CONSTRAINT uk_plan_recipient UNIQUE (plan_id, unit_id),
    CONSTRAINT fk_plan_recipient_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_recipient_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_plan_recipient_unit (unit_id)
) ENGINE = InnoDB;
