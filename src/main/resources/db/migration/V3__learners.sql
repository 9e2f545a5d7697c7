-- Learners of an establishment, their enrolment per school year (division, groups, MEF,
-- active or left) and their records (bilans, fiches, évaluations), plus the divisions each
-- teacher serves per year (filled by hand until the staff import feeds it).

CREATE TABLE learner (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    -- SIECLE key: ID_NATIONAL (INE), or 'ELEVE_ID:' + ELEVE_ID when the INE is empty
    siecle_key       VARCHAR(40)  NOT NULL,
    ine              VARCHAR(20)  NULL,
    eleve_id         VARCHAR(20)  NULL,
    nom              VARCHAR(100) NOT NULL,
    nom_usage        VARCHAR(100) NULL,
    prenom           VARCHAR(100) NOT NULL,
    prenom2          VARCHAR(100) NULL,
    prenom3          VARCHAR(100) NULL,
    sexe             CHAR(1)      NULL,
    date_naissance   DATE         NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_learner_key UNIQUE (establishment_id, siecle_key),
    CONSTRAINT ck_learner_sexe CHECK (sexe IN ('M', 'F')),
    CONSTRAINT fk_learner_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_learner_ine (establishment_id, ine)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per learner and school year. sort_name copies the learner's name so that the
-- paged list is read in index order, whatever the filter (division, MEF, status).
CREATE TABLE enrolment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    start_year       INT          NOT NULL,
    learner_id       BIGINT       NOT NULL,
    sort_name        VARCHAR(200) NOT NULL,
    division         VARCHAR(40)  NULL,
    groups_codes     VARCHAR(500) NULL,
    code_mef         VARCHAR(20)  NULL,
    active           BOOLEAN      NOT NULL,
    entry_date       DATE         NULL,
    exit_date        DATE         NULL,
    deactivated_at   TIMESTAMP(6) NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_enrolment UNIQUE (learner_id, school_year_id),
    CONSTRAINT fk_enrolment_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_enrolment_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_enrolment_school_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_enrolment_name (school_year_id, sort_name, learner_id),
    INDEX ix_enrolment_division (school_year_id, division, sort_name, learner_id),
    INDEX ix_enrolment_mef (school_year_id, code_mef, sort_name, learner_id),
    INDEX ix_enrolment_active (school_year_id, active, sort_name, learner_id),
    INDEX ix_enrolment_history (establishment_id, learner_id, start_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learner_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    establishment_id BIGINT        NOT NULL,
    learner_id       BIGINT        NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    record_date      DATE          NOT NULL,
    author           VARCHAR(100)  NOT NULL,
    author_name      VARCHAR(200)  NOT NULL,
    diploma          VARCHAR(200)  NULL,
    title            VARCHAR(200)  NOT NULL,
    content          TEXT          NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NULL,
    updated_by       VARCHAR(100)  NULL,
    CONSTRAINT ck_learner_record_kind CHECK (kind IN ('BILAN', 'FICHE', 'EVALUATION')),
    CONSTRAINT fk_learner_record_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_learner_record_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_learner_record (establishment_id, learner_id, kind, record_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE teacher_division (
    establishment_id BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    username         VARCHAR(100) NOT NULL,
    division         VARCHAR(40)  NOT NULL,
    PRIMARY KEY (establishment_id, school_year_id, username, division),
    CONSTRAINT fk_teacher_division_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_teacher_division_school_year FOREIGN KEY (school_year_id) REFERENCES school_year (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
