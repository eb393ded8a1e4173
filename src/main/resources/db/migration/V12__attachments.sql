-- Files attached to records of any feature. The bytes live outside the database, under
-- app.attachments.dir (storage_key is the path below it); the checksum detects a changed file.
CREATE TABLE attachment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_type       VARCHAR(40)  NOT NULL,
    owner_id         VARCHAR(64)  NOT NULL,
    owner_unit_id    BIGINT       NOT NULL,
    protected_record BOOLEAN      NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     CHARACTER SET ascii NOT NULL,
    storage_key      VARCHAR(100) CHARACTER SET ascii NOT NULL,
    uploaded_by      VARCHAR(64)  NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_attachment_storage UNIQUE (storage_key),
    CONSTRAINT fk_attachment_unit FOREIGN KEY (owner_unit_id) REFERENCES unit (id),
    INDEX ix_attachment_owner (owner_type, owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
