-- Units form one configurable tree. "path" is the materialised chain of ids (/1/4/17/) so that a
-- subtree is one indexed prefix query; the province -> district -> commune shape of 2018 and the
-- province -> commune shape of July 2025 are both just trees.
CREATE TABLE unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    parent_id   BIGINT NULL,
    path        VARCHAR(700) CHARACTER SET ascii NOT NULL DEFAULT '/',
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_path (path),
    INDEX ix_unit_parent (parent_id, sort_order),
    INDEX ix_unit_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE account (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    username              VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    full_name             VARCHAR(255) NOT NULL,
    email                 VARCHAR(255) NULL,
    password_hash         VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    role                  VARCHAR(32)  NOT NULL,
    unit_id               BIGINT       NOT NULL,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    locked_until          DATETIME(6)  NULL,
    password_changed_at   DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_account_unit (unit_id),
    INDEX ix_account_full_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Failed sign-ins, counted in a sliding window for the lock-out rule.
CREATE TABLE login_failure (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    username  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    INDEX ix_login_failure_user (username, failed_at),
    INDEX ix_login_failure_at (failed_at)
) ENGINE = InnoDB;

-- Append-only audit trail. The triggers refuse UPDATE and DELETE for every database user the
-- application uses, so no screen, bug or administrator of the portal can rewrite history.
CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(64)  NULL,
    target_id   VARCHAR(64)  NULL,
    details     VARCHAR(2000) NULL,
    client_ip   VARCHAR(64)  NULL,
    INDEX ix_audit_time (occurred_at),
    INDEX ix_audit_actor (actor, occurred_at),
    INDEX ix_audit_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
