-- The establishment's MEF table from the SIECLE nomenclatures (MEF → formation, diploma,
-- level), and the API tokens that let scripts run imports for one establishment.

CREATE TABLE mef (
    establishment_id BIGINT       NOT NULL,
    code_mef         VARCHAR(20)  NOT NULL,
    formation        VARCHAR(100) NULL,
    libelle_long     VARCHAR(200) NULL,
    libelle_edition  VARCHAR(200) NULL,
    mef_rattachement VARCHAR(20)  NULL,
    code_mefstat     VARCHAR(20)  NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (establishment_id, code_mef),
    CONSTRAINT fk_mef_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only a SHA-256 of the token is kept: the token itself is shown once, at creation.
CREATE TABLE api_token (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    token_prefix     VARCHAR(16)  NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    revoked_at       TIMESTAMP(6) NULL,
    revoked_by       VARCHAR(100) NULL,
    last_used_at     TIMESTAMP(6) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_api_token_establishment (establishment_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
