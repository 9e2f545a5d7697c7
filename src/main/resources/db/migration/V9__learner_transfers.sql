-- Learner data transfers (Paramètres › Transferts, Élèves › Transferts).

-- Learner module: where a received record came from. A record without a row here was written
-- in this establishment.
CREATE TABLE learner_record_origin (
    record_id        BIGINT       NOT NULL PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    source_uai       VARCHAR(8)   NOT NULL,
    source_name      VARCHAR(200) NOT NULL,
    received_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_learner_record_origin_record FOREIGN KEY (record_id) REFERENCES learner_record (id) ON DELETE CASCADE,
    CONSTRAINT fk_learner_record_origin_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A SIECLE import deactivated (LEFT) or created/reactivated (ARRIVED) a learner with an INE: the
-- daily job matches a LEFT in one establishment with an ARRIVED of the same INE in another.
CREATE TABLE transfer_candidate (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    learner_id       BIGINT       NOT NULL,
    ine              VARCHAR(20)  NOT NULL,
    movement         VARCHAR(10)  NOT NULL,
    recorded_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_transfer_candidate UNIQUE (learner_id, movement),
    CONSTRAINT ck_transfer_candidate_movement CHECK (movement IN ('LEFT', 'ARRIVED')),
    CONSTRAINT fk_transfer_candidate_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_transfer_candidate_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_transfer_candidate_ine (ine, movement)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A transfer sent by an establishment. One per source learner: a learner's data leave once,
-- to the destination named, however many runs or retries happen.
CREATE TABLE learner_transfer (
    id                           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id             BIGINT        NOT NULL,
    learner_id                   BIGINT        NOT NULL,
    ine                          VARCHAR(20)   NOT NULL,
    learner_name                 VARCHAR(300)  NOT NULL,
    destination_uai              VARCHAR(8)    NOT NULL,
    destination_establishment_id BIGINT        NULL,
    mode                         VARCHAR(10)   NOT NULL,
    status                       VARCHAR(12)   NOT NULL,
    reason                       VARCHAR(1000) NULL,
    attempts                     INT           NOT NULL DEFAULT 0,
    consent_kind                 VARCHAR(20)   NOT NULL,
    consent_date                 DATE          NULL,
    consent_given_by             VARCHAR(30)   NULL,
    consent_giver_names          VARCHAR(300)  NULL,
    consent_recorded_by          VARCHAR(200)  NULL,
    consent_form                 MEDIUMBLOB    NULL,
    consent_form_type            VARCHAR(40)   NULL,
    exchange_id                  BIGINT        NULL,
    records_sent                 INT           NULL,
    created_at                   TIMESTAMP(6)  NOT NULL,
    updated_at                   TIMESTAMP(6)  NOT NULL,
    delivered_at                 TIMESTAMP(6)  NULL,
    CONSTRAINT uk_learner_transfer_learner UNIQUE (learner_id),
    CONSTRAINT ck_learner_transfer_mode CHECK (mode IN ('AUTOMATIC', 'MANUAL')),
    CONSTRAINT ck_learner_transfer_status CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED')),
    CONSTRAINT fk_learner_transfer_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_learner_transfer_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_learner_transfer_status (status, establishment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A transfer received by an establishment: one per learner and source establishment, so that a
-- repeated delivery (a retry, a second run) never copies the records twice.
CREATE TABLE learner_transfer_received (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    learner_id       BIGINT       NOT NULL,
    source_uai       VARCHAR(8)   NOT NULL,
    source_name      VARCHAR(200) NOT NULL,
    records          INT          NOT NULL,
    received_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_learner_transfer_received UNIQUE (establishment_id, learner_id, source_uai),
    CONSTRAINT fk_learner_transfer_received_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_learner_transfer_received_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
