-- Spring Modulith's event publication registry (JDBC, schema v2 for MariaDB): an event that
-- must reach a listener after commit (a send to a peer, a mail) is stored with the transaction
-- that caused it, and stays "incomplete" until its listener succeeded. Upper-case name: the
-- registry writes it so, and MariaDB table names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  NULL DEFAULT NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NULL,
    last_resubmission_date TIMESTAMP(6)  NULL,
    INDEX event_publication_by_completion_date_idx (completion_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ShedLock: a scheduled job runs on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The establishment's logo and cachet, stored re-encoded as PNG (never the uploaded bytes).
CREATE TABLE establishment_image (
    establishment_id BIGINT       NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    png              MEDIUMBLOB   NOT NULL,
    width            INT          NOT NULL,
    height           INT          NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    updated_by       VARCHAR(200) NOT NULL,
    PRIMARY KEY (establishment_id, kind),
    CONSTRAINT fk_establishment_image_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Modules switched on or off per establishment; no row = the module's default.
CREATE TABLE establishment_module (
    establishment_id BIGINT       NOT NULL,
    module           VARCHAR(30)  NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    updated_by       VARCHAR(200) NOT NULL,
    PRIMARY KEY (establishment_id, module),
    CONSTRAINT fk_establishment_module_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What is sent to an outside peer (SeGEC extranet, Miroir, another Préau): recorded before the
-- first try with its idempotency key, so that a retry never creates a second account or submission.
CREATE TABLE peer_delivery (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    peer             VARCHAR(20)   NOT NULL,
    target           VARCHAR(40)   NULL,
    purpose          VARCHAR(60)   NOT NULL,
    reference        VARCHAR(100)  NULL,
    exchange_id      BIGINT        NULL,
    settles_exchange BOOLEAN       NOT NULL DEFAULT FALSE,
    method           VARCHAR(10)   NOT NULL,
    path             VARCHAR(500)  NOT NULL,
    body             LONGTEXT      NULL,
    idempotency_key  CHAR(36)      NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6)  NOT NULL,
    next_attempt_at  TIMESTAMP(6)  NULL,
    finished_at      TIMESTAMP(6)  NULL,
    http_status      INT           NULL,
    response_body    MEDIUMTEXT    NULL,
    last_error       VARCHAR(1000) NULL,
    UNIQUE KEY uk_peer_delivery_idempotency (idempotency_key),
    INDEX idx_peer_delivery_due (status, next_attempt_at),
    INDEX idx_peer_delivery_establishment (establishment_id, peer, created_at),
    CONSTRAINT fk_peer_delivery_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
