-- Transfers between Préau instances (the federation) and towards destinations that do not know
-- the learner yet.

-- The instance a transfer goes to when another instance asked for it (its name in the
-- configuration); null when the destination UAI alone says where to send.
ALTER TABLE learner_transfer ADD COLUMN destination_instance VARCHAR(100) NULL;

-- The keyed hash of the INE (HMAC-SHA-256 under the federation secret) of a departure, so that a
-- question from another instance is answered by an index lookup; hash_key tells which secret made
-- it (the first 8 hex of the secret's SHA-256), so a changed secret is noticed and the hashes redone.
ALTER TABLE transfer_candidate ADD COLUMN ine_hash CHAR(64) NULL, ADD COLUMN hash_key CHAR(8) NULL,
    ADD INDEX ix_transfer_candidate_hash (ine_hash);

-- What the directory learnt from each declared instance (GET /api/v1/establishments).
CREATE TABLE federation_instance (
    name          VARCHAR(100)  NOT NULL PRIMARY KEY,
    reachable     BOOLEAN       NOT NULL,
    refreshed_at  TIMESTAMP(6)  NULL,
    tried_at      TIMESTAMP(6)  NOT NULL,
    error         VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE federation_establishment (
    instance_name VARCHAR(100) NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    school_system VARCHAR(2)   NOT NULL,
    name          VARCHAR(200) NOT NULL,
    transfers_on  BOOLEAN      NOT NULL,
    siecle        BOOLEAN      NOT NULL,
    PRIMARY KEY (instance_name, code),
    INDEX ix_federation_establishment_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An arrival asked about, once per instance: a repeated run never asks (nor sends) twice.
CREATE TABLE transfer_question (
    learner_id       BIGINT       NOT NULL,
    instance_name    VARCHAR(100) NOT NULL,
    establishment_id BIGINT       NOT NULL,
    answer           INT          NOT NULL,
    asked_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (learner_id, instance_name),
    CONSTRAINT fk_transfer_question_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_transfer_question_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
