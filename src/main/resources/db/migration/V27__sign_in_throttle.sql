-- Failed sign-ins per client address (issue 14): the address kept only as a keyed hash, so many
-- account names tried from one address (password spraying) slow that address down on every node.
ALTER TABLE login_failure ADD COLUMN address_key VARCHAR(32) CHARACTER SET ascii NULL,
    ADD INDEX ix_login_failure_address (address_key, failed_at);
