-- Mails Préau sends (an inspector told of a grant, later others): stored first, sent after
-- commit and retried while the mail server is down, so the director sees what is pending.
CREATE TABLE mail_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000) NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    sent_at          TIMESTAMP(6)  NULL,
    INDEX ix_mail_message_establishment (establishment_id, created_at),
    INDEX ix_mail_message_status (status, created_at),
    CONSTRAINT fk_mail_message_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The diplomas an establishment subscribes to (from its nomenclature or added by hand), and
-- whether its referent inspectors may read that diploma's learners.
CREATE TABLE inspection_diploma (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    diploma_code     VARCHAR(20)   NOT NULL,
    label            VARCHAR(200)  NOT NULL,
    granted          BOOLEAN       NOT NULL DEFAULT FALSE,
    changed_at       TIMESTAMP(6)  NOT NULL,
    changed_by       VARCHAR(200)  NOT NULL,
    CONSTRAINT uk_inspection_diploma UNIQUE (establishment_id, diploma_code),
    CONSTRAINT fk_inspection_diploma_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Referent inspectors of a diploma: a username (local account or Keycloak), with the name and
-- e-mail the mail goes to.
CREATE TABLE inspection_referent (
    diploma_id       BIGINT        NOT NULL,
    establishment_id BIGINT        NOT NULL,
    username         VARCHAR(100)  NOT NULL,
    display_name     VARCHAR(200)  NOT NULL,
    email            VARCHAR(320)  NOT NULL,
    PRIMARY KEY (diploma_id, username),
    INDEX ix_inspection_referent_username (username, establishment_id),
    CONSTRAINT fk_inspection_referent_diploma FOREIGN KEY (diploma_id) REFERENCES inspection_diploma (id) ON DELETE CASCADE,
    CONSTRAINT fk_inspection_referent_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every grant and revocation, with who and when.
CREATE TABLE inspection_grant_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    diploma_code     VARCHAR(20)   NOT NULL,
    granted          BOOLEAN       NOT NULL,
    changed_at       TIMESTAMP(6)  NOT NULL,
    changed_by       VARCHAR(200)  NOT NULL,
    INDEX ix_inspection_grant_change (establishment_id, changed_at),
    CONSTRAINT fk_inspection_grant_change_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
