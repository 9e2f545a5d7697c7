-- School years of an establishment (two may be open around the switchover) and the
-- exchange history: one row per import, export or transfer, with its original file.

CREATE TABLE school_year (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    start_year       INT          NOT NULL,
    state            VARCHAR(12)  NOT NULL,
    opened_at        TIMESTAMP(6) NULL,
    opened_by        VARCHAR(100) NULL,
    closed_at        TIMESTAMP(6) NULL,
    closed_by        VARCHAR(100) NULL,
    CONSTRAINT uk_school_year UNIQUE (establishment_id, start_year),
    CONSTRAINT ck_school_year_state CHECK (state IN ('PREPARATION', 'EN_COURS', 'CLOTUREE')),
    CONSTRAINT fk_school_year_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exchange (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    school_year_id   BIGINT        NULL,
    kind             VARCHAR(40)   NOT NULL,
    direction        VARCHAR(3)    NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    started_at       TIMESTAMP(6)  NOT NULL,
    finished_at      TIMESTAMP(6)  NULL,
    started_by       VARCHAR(100)  NOT NULL,
    summary          VARCHAR(1000) NULL,
    counts           VARCHAR(4000) NULL,
    payload_name     VARCHAR(255)  NULL,
    payload_type     VARCHAR(100)  NULL,
    payload_size     BIGINT        NULL,
    CONSTRAINT ck_exchange_direction CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT ck_exchange_status CHECK (status IN ('PENDING', 'SUCCESS', 'PARTIAL', 'FAILURE')),
    CONSTRAINT fk_exchange_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_exchange_school_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_exchange_history (establishment_id, started_at),
    INDEX ix_exchange_kind (establishment_id, kind, status, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The original file or payload, gzip-compressed (a 143 MB export shrinks about tenfold).
CREATE TABLE exchange_payload (
    exchange_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_exchange_payload_exchange FOREIGN KEY (exchange_id) REFERENCES exchange (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exchange_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exchange_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    severity    VARCHAR(7)    NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    location    VARCHAR(200)  NULL,
    CONSTRAINT ck_exchange_message_severity CHECK (severity IN ('INFO', 'WARNING', 'ERROR')),
    CONSTRAINT fk_exchange_message_exchange FOREIGN KEY (exchange_id) REFERENCES exchange (id) ON DELETE CASCADE,
    INDEX ix_exchange_message (exchange_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
