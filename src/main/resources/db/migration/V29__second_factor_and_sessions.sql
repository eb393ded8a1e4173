-- Second factor (issue 14): the shared secret of a person's authenticator app (RFC 6238, base32),
-- confirmed once the person typed a first code; the last time step accepted, so a code is used
-- once only; recovery codes kept as password hashes, each usable once.
CREATE TABLE second_factor (
    account_id   BIGINT PRIMARY KEY,
    secret       VARCHAR(64) CHARACTER SET ascii NOT NULL,
    confirmed_at DATETIME(6) NULL,
    last_step    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

CREATE TABLE recovery_code (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    code_hash  VARCHAR(100) NOT NULL,
    used_at    DATETIME(6) NULL,
    INDEX ix_recovery_code_account (account_id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- The sessions of signed-in people, across nodes: the session id only as a hash; ending one marks
-- it here and the node that holds it closes it at the person's next request.
CREATE TABLE account_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_key  CHAR(64) CHARACTER SET ascii NOT NULL,
    account_id   BIGINT NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    browser      VARCHAR(120) NOT NULL,
    ended_at     DATETIME(6) NULL,
    ended_by     VARCHAR(64) NULL,
    CONSTRAINT uk_account_session_key UNIQUE (session_key),
    INDEX ix_account_session_open (account_id, ended_at),
    CONSTRAINT fk_account_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
