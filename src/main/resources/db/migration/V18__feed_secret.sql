-- The secret behind calendar-feed keys (base's FeedKeys): one row, made on first use and shared by
-- every node; deleting it revokes every feed address given so far.
CREATE TABLE feed_secret (
    id     TINYINT     PRIMARY KEY,
    secret VARCHAR(64) NOT NULL
) ENGINE = InnoDB;
