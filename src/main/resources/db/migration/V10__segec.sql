-- SeGEC: signed consents, account states, the extranet transfer's consent, the form-signing key,
-- and the sandbox SeGEC peer's storage.

-- "Autorisation signée reçue": who recorded a teacher's signed consent for a school year, and how.
CREATE TABLE segec_consent (
    staff_member_id  BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    recorded_at      TIMESTAMP(6) NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    source           VARCHAR(6)   NOT NULL,
    PRIMARY KEY (staff_member_id, school_year_id),
    CONSTRAINT ck_segec_consent_source CHECK (source IN ('MANUAL', 'SCAN')),
    CONSTRAINT fk_segec_consent_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_segec_consent_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_segec_consent_establishment (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last known state of a member's SeGEC account in a year, from the peer's answers.
CREATE TABLE segec_account (
    staff_member_id  BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    account_id       VARCHAR(100) NULL,
    reason           VARCHAR(1000) NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (staff_member_id, school_year_id),
    CONSTRAINT fk_segec_account_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_segec_account_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_segec_account_establishment (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The director's answer to "send the staff to the Extranet SeGEC automatically?".
CREATE TABLE segec_transfer_consent (
    establishment_id BIGINT       NOT NULL PRIMARY KEY,
    consented        BOOLEAN      NOT NULL,
    decided_at       TIMESTAMP(6) NOT NULL,
    decided_by       VARCHAR(100) NOT NULL,
    CONSTRAINT fk_segec_transfer_consent_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The secret that signs the QR codes of an establishment's forms (a forged QR is refused).
CREATE TABLE segec_form_key (
    establishment_id BIGINT       NOT NULL PRIMARY KEY,
    secret           VARBINARY(32) NOT NULL,
    CONSTRAINT fk_segec_form_key_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sandbox SeGEC peer: the members it holds, per establishment code and school year.
CREATE TABLE sandbox_segec_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fase          VARCHAR(20)  NOT NULL,
    school_year   VARCHAR(9)   NOT NULL,
    external_ref  VARCHAR(40)  NOT NULL,
    account_id    VARCHAR(40)  NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    birth_date    DATE         NULL,
    email         VARCHAR(254) NULL,
    role          VARCHAR(10)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_sandbox_segec_member UNIQUE (fase, school_year, external_ref),
    INDEX ix_sandbox_segec_member_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sandbox SeGEC peer: the first answer to each idempotency key (a repeat gets it again).
CREATE TABLE sandbox_segec_request (
    idempotency_key VARCHAR(100)  NOT NULL PRIMARY KEY,
    fase            VARCHAR(20)   NOT NULL,
    method          VARCHAR(6)    NOT NULL,
    path            VARCHAR(300)  NOT NULL,
    body_hash       CHAR(64)      NOT NULL,
    request_body    MEDIUMTEXT    NULL,
    http_status     INT           NULL,
    response_body   MEDIUMTEXT    NULL,
    received_at     TIMESTAMP(6)  NOT NULL,
    INDEX ix_sandbox_segec_request_fase (fase, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
