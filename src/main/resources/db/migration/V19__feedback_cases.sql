-- People's comments, reports, petitions and denunciations (phản ánh, kiến nghị, tố cáo), followed
-- by the Front until the competent body has answered and the person has been told. The reporter's
-- identity is stored sealed (AES-256-GCM, key from configuration): a dump shows no name, address,
-- phone or identity number.
CREATE TABLE feedback_case (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_code            VARCHAR(20)   NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    received_on             DATE          NOT NULL,
    kind                    VARCHAR(24)   NOT NULL,
    subject_name            VARCHAR(200)  NOT NULL,
    subject_position        VARCHAR(200)  NOT NULL,
    subject_unit            VARCHAR(300)  NOT NULL,
    content                 TEXT          NOT NULL,
    classification          VARCHAR(1000) NOT NULL,
    following_unit_id       BIGINT        NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    handler_account_id      BIGINT        NULL,
    competent_body          VARCHAR(300)  NULL,
    forwarded_on            DATE          NULL,
    body_received_on        DATE          NULL,
    promised_reply_on       DATE          NULL,
    due_date                DATE          NULL,
    answered_on             DATE          NULL,
    answer_symbol           VARCHAR(120)  NULL,
    answer_summary          TEXT          NULL,
    told_on                 DATE          NULL,
    told_how                VARCHAR(300)  NULL,
    closed_on               DATE          NULL,
    close_reason            VARCHAR(1000) NULL,
    merged_into             BIGINT        NULL,
    supervision_activity_id BIGINT        NULL,
    anonymous               BOOLEAN       NOT NULL,
    online                  BOOLEAN       NOT NULL DEFAULT FALSE,
    reporter_name           VARCHAR(600)  NULL,
    reporter_address        VARCHAR(1200) NULL,
    reporter_phone          VARCHAR(300)  NULL,
    reporter_id_number      VARCHAR(300)  NULL,
    created_by              VARCHAR(64)   NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_feedback_receipt UNIQUE (receipt_code),
    CONSTRAINT fk_feedback_unit FOREIGN KEY (following_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_feedback_activity FOREIGN KEY (supervision_activity_id) REFERENCES supervision_activity (id),
    INDEX ix_feedback_unit (following_unit_id, status, received_on),
    INDEX ix_feedback_received (received_on),
    INDEX ix_feedback_due (status, due_date),
    INDEX ix_feedback_handler (handler_account_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The leaders the Standing Committee names who, besides a case's handler, may reveal a reporter's
-- identity (one case at a time, with a reason, audited).
CREATE TABLE identity_reader (
    account_id BIGINT      PRIMARY KEY,
    named_by   VARCHAR(64) NOT NULL,
    named_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_identity_reader_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- The plan (section II.3) and Decision 2020/QĐ-MTTW-BTT, whose text was not available: the competent
-- body answers within 20 working days of receiving the case, 30 with a reason; a comment that
-- cannot be answered at once gets a promised reply date, which becomes its deadline (at most 90
-- working days here). Editable on "Thời hạn theo quy định" (kiểm tra lại).
INSERT INTO deadline_rule (source_type, title, standard_working_days, maximum_working_days, source, version) VALUES
 ('feedback-case', 'Trả lời phản ánh, kiến nghị, tố cáo của nhân dân do Mặt trận chuyển', 20, 90,
  'Kế hoạch tỉnh mục II.3, II.5; Quy định 124-QĐ/TW; Quyết định 99-QĐ/TW (hẹn thời gian trả lời); Quyết định 2020/QĐ-MTTW-BTT (chưa có văn bản, kiểm tra lại)', 0);
