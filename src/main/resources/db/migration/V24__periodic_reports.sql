-- Periodic reports (issue 13): one report per unit and reporting period, its indicator values
-- (computed from the portal's data, optionally corrected with a reason) and its narrative; at the
-- level above, the consolidated report issued as a numbered document. The obligation itself is
-- the deadline engine's "periodic-report" item, met when the report is submitted.
CREATE TABLE periodic_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT        NOT NULL,
    period_kind      VARCHAR(16)   NOT NULL,
    period_year      INT           NOT NULL,
    period_from      DATE          NOT NULL,
    period_to        DATE          NOT NULL,
    consolidated     BOOLEAN       NOT NULL DEFAULT FALSE,
    status           VARCHAR(16)   NOT NULL,
    results          MEDIUMTEXT    NOT NULL,
    strengths        MEDIUMTEXT    NOT NULL,
    limitations      MEDIUMTEXT    NOT NULL,
    recommendations  MEDIUMTEXT    NOT NULL,
    next_tasks       MEDIUMTEXT    NOT NULL,
    return_comment   VARCHAR(2000) NULL,
    submitted_on     DATE          NULL,
    submitted_by     VARCHAR(64)   NULL,
    decided_on       DATE          NULL,
    decided_by       VARCHAR(64)   NULL,
    number_symbol    VARCHAR(120)  NULL,
    issued_on        DATE          NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_periodic_report UNIQUE (unit_id, period_kind, period_year),
    CONSTRAINT fk_periodic_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_periodic_report_period (period_year, period_kind, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- computed: what the portal counted (for a consolidated report: the sum of the sub-units'
-- submitted values); corrected and reason: the reporting unit's own figure and why it differs.
CREATE TABLE periodic_report_value (
    report_id BIGINT       NOT NULL,
    code      VARCHAR(80)  CHARACTER SET ascii NOT NULL,
    computed  BIGINT       NOT NULL,
    corrected BIGINT       NULL,
    reason    VARCHAR(500) NULL,
    PRIMARY KEY (report_id, code),
    CONSTRAINT fk_periodic_report_value FOREIGN KEY (report_id) REFERENCES periodic_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- the province's reports are numbered "…/BC-MTTQ-BTT" (Decree 30/2020, Appendix III: BC = báo cáo)
INSERT INTO document_symbol (unit_id, document_type, pattern)
SELECT id, 'BC', '{số}/BC-MTTQ-BTT' FROM unit WHERE parent_id IS NULL
ON DUPLICATE KEY UPDATE pattern = pattern;
