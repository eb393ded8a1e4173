-- Outgoing-document register (sổ văn bản đi). Decree 30/2020/NĐ-CP, Appendix I: one series of
-- numbers per issuing agency and calendar year, starting at 01; the symbol (ký hiệu) is built
-- from the kind of document and the issuing unit's abbreviation.
CREATE TABLE document_counter (
    unit_id     BIGINT NOT NULL,
    year        INT    NOT NULL,
    last_number INT    NOT NULL,
    PRIMARY KEY (unit_id, year),
    CONSTRAINT fk_document_counter_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB;

-- Symbol pattern per unit and kind of document, e.g. KH -> "{số}/KH-MTTQ-BTT" (reference data).
CREATE TABLE document_symbol (
    unit_id       BIGINT       NOT NULL,
    document_type VARCHAR(10)  NOT NULL,
    pattern       VARCHAR(100) NOT NULL,
    PRIMARY KEY (unit_id, document_type),
    CONSTRAINT fk_document_symbol_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Every number issued; the unique key makes a duplicate number for an issuer and year impossible.
CREATE TABLE issued_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT       NOT NULL,
    year          INT          NOT NULL,
    number        INT          NOT NULL,
    document_type VARCHAR(10)  NOT NULL,
    symbol        VARCHAR(120) NOT NULL,
    source_type   VARCHAR(40)  NOT NULL,
    source_id     VARCHAR(64)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    issued_on     DATE         NOT NULL,
    issued_by     VARCHAR(64)  NOT NULL,
    issued_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_issued_document_number UNIQUE (unit_id, year, number),
    CONSTRAINT fk_issued_document_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_issued_document_source (source_type, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The demo and new provinces' Standing Committee issues plans as "{số}/KH-MTTQ-BTT".
INSERT INTO document_symbol (unit_id, document_type, pattern)
SELECT id, 'KH', '{số}/KH-MTTQ-BTT' FROM unit WHERE parent_id IS NULL;
