-- Changes other portal nodes must hear about within seconds (issue 14): a new notification for an
-- account (its bell), a changed working calendar. Each node polls the rows of the last seconds by
-- the indexed time column and skips its own; rows older than an hour are deleted.
CREATE TABLE cluster_signal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic VARCHAR(40) CHARACTER SET ascii NOT NULL,
    subject BIGINT NULL,
    node VARCHAR(40) CHARACTER SET ascii NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_cluster_signal_created (created_at)
);
