-- Issue 21, defect 6: five simultaneous sends from one address all passed a limit of one more,
-- because each counted before any had written. A sender's row here is locked (SELECT ... FOR UPDATE)
-- for the whole count-check-write, so sends and wrong lookup codes from one address are counted one
-- after another on every node; different addresses never wait for each other.
CREATE TABLE public_address_gate (
    address_key VARCHAR(80) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    touched_at  DATETIME(6) NOT NULL,
    INDEX ix_public_address_gate_touched (touched_at)
);
