-- Issue 26: the signed PDF of an issued document. It is signed once, kept in the attachments
-- storage with its checksum, and every later download is that same file; a revision of the content
-- (a plan's new version) is another edition, so another signed document. A document numbered from
-- the outgoing register names its entry; a receipt slip is numbered by its receipt code instead.
CREATE TABLE signed_document (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_type        VARCHAR(40)  NOT NULL,
    source_id          VARCHAR(64)  NOT NULL,
    document_type      VARCHAR(10)  NOT NULL,
    edition            VARCHAR(40)  NOT NULL,
    issued_document_id BIGINT       NULL,
    unit_id            BIGINT       NOT NULL,
    symbol             VARCHAR(120) NOT NULL,
    issued_on          DATE         NOT NULL,
    storage_key        VARCHAR(200) NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    signer             VARCHAR(500) NOT NULL,
    certificate_serial VARCHAR(100) NOT NULL,
    demo               BOOLEAN      NOT NULL,
    signed_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_signed_document_edition UNIQUE (source_type, source_id, document_type, edition),
    CONSTRAINT fk_signed_document_issued FOREIGN KEY (issued_document_id) REFERENCES issued_document (id),
    CONSTRAINT fk_signed_document_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_signed_document_sha (sha256),
    INDEX ix_signed_document_symbol (symbol),
    INDEX ix_signed_document_issued (issued_document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
