-- Miroir transfer of Belgian schools (the yearly indicators sent to the Miroir collection point).

-- The capital-périodes of a school year as the director imported it: the periods allotted per
-- implantation, level and nature (lines without a teacher) and their attribution to teachers
-- (lines with a teacher, matched to a staff record). A new import replaces the year's lines.
CREATE TABLE miroir_capital_line (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    line_no          INT          NOT NULL,
    implantation     VARCHAR(100) NOT NULL,
    level            VARCHAR(2)   NOT NULL,
    nature           VARCHAR(10)  NOT NULL,
    periods          INT          NOT NULL,
    staff_id         BIGINT       NULL,
    teacher_name     VARCHAR(200) NULL,
    INDEX miroir_capital_by_year (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the indicators need of a pupil in a school year: level, implantation, June CEB result (6th primary).
CREATE TABLE miroir_pupil (
    establishment_id BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    learner_id       BIGINT       NOT NULL,
    level            VARCHAR(2)   NOT NULL,
    implantation     VARCHAR(100) NOT NULL,
    ceb_result       VARCHAR(12)  NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (school_year_id, learner_id),
    INDEX miroir_pupil_by_establishment (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each send to the collection point and the status the peer reports for it.
CREATE TABLE miroir_submission (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    start_year       INT          NOT NULL,
    purpose          VARCHAR(20)  NOT NULL,
    exchange_id      BIGINT       NOT NULL,
    delivery_id      VARCHAR(36)  NULL,
    remote_id        VARCHAR(64)  NULL,
    status           VARCHAR(20)  NOT NULL,
    messages         TEXT         NULL,
    sent_at          TIMESTAMP(6) NOT NULL,
    sent_by          VARCHAR(100) NOT NULL,
    status_at        TIMESTAMP(6) NULL,
    INDEX miroir_submission_by_year (establishment_id, start_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sandbox collection point: what it received (one row per submission) and its idempotency keys.
CREATE TABLE sandbox_miroir_submission (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    fase            VARCHAR(10)  NOT NULL,
    school_year     VARCHAR(9)   NOT NULL,
    idempotency_key VARCHAR(64)  NOT NULL,
    body_sha256     CHAR(64)     NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    messages        TEXT         NULL,
    replaced        BOOLEAN      NOT NULL DEFAULT FALSE,
    received_at     TIMESTAMP(6) NOT NULL,
    decided_at      TIMESTAMP(6) NULL,
    UNIQUE KEY sandbox_miroir_by_key (idempotency_key),
    INDEX sandbox_miroir_by_year (fase, school_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
