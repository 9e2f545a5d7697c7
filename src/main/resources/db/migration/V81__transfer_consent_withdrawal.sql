-- A learner-transfer consent can be withdrawn (Registre des consentements): from then on the
-- transfer is never attempted again. The row stays, with who withdrew it and when, as proof.
ALTER TABLE learner_transfer
    ADD COLUMN consent_withdrawn_at TIMESTAMP(6) NULL,
    ADD COLUMN consent_withdrawn_by VARCHAR(200) NULL;

-- Withdrawals of consents whose owning module deletes the consent itself (SeGEC authorisations,
-- the Extranet agreement, inspector grants), kept here so the register still proves both dates.
CREATE TABLE consent_withdrawal (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    reference_id     BIGINT        NOT NULL,
    person           VARCHAR(300)  NOT NULL,
    given_at         TIMESTAMP(6)  NULL,
    given_by         VARCHAR(200)  NULL,
    withdrawn_at     TIMESTAMP(6)  NOT NULL,
    withdrawn_by     VARCHAR(200)  NOT NULL,
    INDEX ix_consent_withdrawal (establishment_id, withdrawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
