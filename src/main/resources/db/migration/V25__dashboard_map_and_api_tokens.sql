-- The province's boundaries for the dashboard's map (issue 13): one GeoJSON FeatureCollection
-- whose features name a direct sub-unit by its code; uploaded by an administrator, optional.
CREATE TABLE unit_map (
    id          TINYINT     PRIMARY KEY,
    geojson     MEDIUMTEXT  NOT NULL,
    regions     INT         NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Tokens of other systems for the read-only open API: only a SHA-256 of the token is kept; the
-- scope is a unit subtree; every call is logged.
CREATE TABLE api_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    token_hash  CHAR(64)     CHARACTER SET ascii NOT NULL,
    prefix      VARCHAR(12)  CHARACTER SET ascii NOT NULL,
    unit_id     BIGINT       NOT NULL,
    expires_on  DATE         NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE api_call (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_id    BIGINT       NULL,
    called_at   DATETIME(6)  NOT NULL,
    method      VARCHAR(8)   NOT NULL,
    path        VARCHAR(300) NOT NULL,
    status      INT          NOT NULL,
    INDEX ix_api_call_token (token_id, called_at),
    INDEX ix_api_call_time (called_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
