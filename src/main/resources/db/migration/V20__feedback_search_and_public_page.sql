-- Search without diacritics over a million cases: the subject and content folded to plain
-- lower-case letters, followed by their adjacent word pairs (SearchText.indexed, written by the
-- application; V21 fills the existing rows) under a full-text index. CaseSearch first looks among
-- the newest cases of the filter, then through the index by word pairs; the phrase itself is
-- always checked with LIKE on the folded text. The newest-first index by state serves "overdue".
ALTER TABLE feedback_case
    ADD COLUMN search_folded TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
    ADD FULLTEXT INDEX ft_feedback_search (search_folded),
    ADD INDEX ix_feedback_activity (supervision_activity_id),
    ADD INDEX ix_feedback_status_received (status, received_on);

-- The people's submission page (gui-y-kien): whether it is open and its limits, kept by an
-- administrator on "Cổng gửi ý kiến" (admin/gui-y-kien).
CREATE TABLE public_submission_setting (
    id                 TINYINT     PRIMARY KEY,
    enabled            BOOLEAN     NOT NULL,
    per_address_hour   INT         NOT NULL,
    per_address_day    INT         NOT NULL,
    max_files          INT         NOT NULL,
    max_file_megabytes INT         NOT NULL,
    changed_by         VARCHAR(64) NOT NULL,
    changed_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0
) ENGINE = InnoDB;

INSERT INTO public_submission_setting (id, enabled, per_address_hour, per_address_day, max_files, max_file_megabytes, changed_by, changed_at)
VALUES (1, TRUE, 3, 10, 3, 5, 'system', CURRENT_TIMESTAMP(6));

-- One row per accepted submission, for the per-address limit on every node. The address is kept
-- only as a keyed hash (an address may identify a reporter), and rows older than a day go.
CREATE TABLE public_submission (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    address_key  VARCHAR(32) CHARACTER SET ascii NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    INDEX ix_public_submission_address (address_key, submitted_at)
) ENGINE = InnoDB;

-- Wrong receipt codes tried on the public lookup (tra-cuu), per address (kept only as a keyed
-- hash), counted in the database so that every node refuses the same guesser.
CREATE TABLE public_lookup_miss (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    address_key VARCHAR(32) CHARACTER SET ascii NOT NULL,
    missed_at   DATETIME(6) NOT NULL,
    INDEX ix_lookup_miss_address (address_key, missed_at),
    INDEX ix_lookup_miss_time (missed_at)
) ENGINE = InnoDB;
