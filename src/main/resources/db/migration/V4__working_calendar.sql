-- Working-day calendar. Defaults are computed from the law (Labour Code 2019 art. 111-112); each
-- year the government fixes the exact Tết days and swaps working days, which administrators
-- record here with the decision that ordered them.
CREATE TABLE calendar_setting (
    id          BIGINT PRIMARY KEY,
    rest_days   VARCHAR(100) NOT NULL,
    tet_days_before INT NOT NULL,
    tet_days_total  INT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Saturday and Sunday off (Decree 145/2020 art. 62 practice for public bodies: check per unit);
-- Tết: 5 days, the last day of the old lunar year and the first four of the new (Labour Code art. 112).
INSERT INTO calendar_setting (id, rest_days, tet_days_before, tet_days_total) VALUES (1, 'SATURDAY,SUNDAY', 1, 5);

CREATE TABLE calendar_adjustment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    day             DATE         NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    reason          VARCHAR(255) NOT NULL,
    decision_number VARCHAR(100) NULL,
    decision_date   DATE         NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_calendar_adjustment_day UNIQUE (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
