-- Propaganda, training and good practices (the provincial plan's sections II.1, II.2 and the
-- interim and final reviews): recorded once where they happen, summed for every level above.

-- A training session, conference, dialogue with the people or review. Attendance is kept per
-- audience on the row itself (six fixed audiences of the plan), so the figures of a half-year over
-- hundreds of thousands of sessions are one pass; women and ethnic minorities only where counted.
CREATE TABLE training_session (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id              BIGINT        NOT NULL,
    kind                 VARCHAR(24)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    plan_task_id         BIGINT        NULL,
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NOT NULL,
    place                VARCHAR(300)  NOT NULL,
    documents            VARCHAR(1000) NOT NULL,
    speakers             VARCHAR(500)  NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    att_front_cadres     INT           NOT NULL DEFAULT 0,
    att_member_cadres    INT           NOT NULL DEFAULT 0,
    att_inspection       INT           NOT NULL DEFAULT 0,
    att_residential      INT           NOT NULL DEFAULT 0,
    att_party_members    INT           NOT NULL DEFAULT 0,
    att_people           INT           NOT NULL DEFAULT 0,
    att_women            INT           NULL,
    att_ethnic_minority  INT           NULL,
    outcome              TEXT          NOT NULL,
    strengths            TEXT          NOT NULL,
    limitations          TEXT          NOT NULL,
    causes               TEXT          NOT NULL,
    recommendations      TEXT          NOT NULL,
    cancel_reason        VARCHAR(1000) NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_training_task FOREIGN KEY (plan_task_id) REFERENCES plan_task (id),
    INDEX ix_training_unit (unit_id, starts_on),
    INDEX ix_training_starts (starts_on),
    INDEX ix_training_status (status, starts_on),
    -- covers the figures of a period: a half-year's sessions are read from the index alone
    INDEX ix_training_figures (starts_on, unit_id, status, kind, att_front_cadres, att_member_cadres, att_inspection, att_residential,
                               att_party_members, att_people, att_women, att_ethnic_minority)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Member organisations that co-organise a session (they see it and are told of it).
CREATE TABLE training_co_organiser (
    session_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (session_id, unit_id),
    INDEX ix_training_co_unit (unit_id),
    CONSTRAINT fk_training_co_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_co_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB;

-- The named attendee list, when a unit keeps one (imported from XLSX); the counts are taken from it.
CREATE TABLE training_attendee (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT       NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    unit_name  VARCHAR(300) NOT NULL,
    position   VARCHAR(200) NOT NULL,
    audience   VARCHAR(24)  NOT NULL,
    INDEX ix_training_attendee (session_id),
    CONSTRAINT fk_training_attendee_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A propaganda activity: its form (catalogue PROPAGANDA_FORM), subject matter (LEGAL_BASIS codes),
-- quantity in its own measure and estimated reach.
CREATE TABLE propaganda_activity (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT        NOT NULL,
    form_code     VARCHAR(32)   NOT NULL,
    themes        VARCHAR(1000) NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    from_on       DATE          NOT NULL,
    to_on         DATE          NOT NULL,
    quantity      INT           NOT NULL,
    quantity_unit VARCHAR(16)   NOT NULL,
    reach         INT           NOT NULL,
    link          VARCHAR(500)  NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_propaganda_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_propaganda_unit (unit_id, from_on),
    -- covers the figures of a period
    INDEX ix_propaganda_figures (from_on, unit_id, form_code, quantity, reach)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A good practice (mô hình hay, cách làm hiệu quả): proposed by a unit, recognised (or not) by the
-- level above, possibly proposed for commendation; every unit reads the province-wide list.
CREATE TABLE good_practice (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id               BIGINT        NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    description           TEXT          NOT NULL,
    since_on              DATE          NOT NULL,
    results               TEXT          NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    commendation_proposed BOOLEAN       NOT NULL DEFAULT FALSE,
    decided_by            VARCHAR(64)   NULL,
    decided_on            DATE          NULL,
    decision_note         VARCHAR(1000) NULL,
    created_by            VARCHAR(64)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_practice_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_practice_unit (unit_id, status),
    INDEX ix_practice_decided (status, decided_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Propaganda forms the plan names beyond those seeded in V3, and the documents and themes conveyed.
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('PROPAGANDA_FORM', 'PANO', 'Pa-nô, áp phích, băng rôn', 'Kế hoạch tỉnh, mục II.1', 7),
('PROPAGANDA_FORM', 'SINH-HOAT', 'Lồng ghép trong sinh hoạt khu dân cư, chi hội', 'Kế hoạch tỉnh, mục II.1', 8),
('PROPAGANDA_FORM', 'KHAC', 'Hình thức khác', 'Kế hoạch tỉnh, mục II.1', 9),
('LEGAL_BASIS', 'QD-37', 'Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm (19 điều)', 'Ban Chấp hành Trung ương Đảng (kiểm tra lại)', 7),
('LEGAL_BASIS', 'QD-08', 'Quy định số 08-QĐi/TW ngày 25/10/2018 về trách nhiệm nêu gương của cán bộ, đảng viên', 'Ban Chấp hành Trung ương Đảng (kiểm tra lại)', 8),
('LEGAL_BASIS', 'CD-27', '27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" (Nghị quyết Trung ương 4 khóa XII)', 'Nghị quyết số 04-NQ/TW', 9);
