-- The pupils of a Belgian school (Fédération Wallonie-Bruxelles): what SIECLE does not know.
-- Identity, the active flag and the dates stay in learner / enrolment (one list and one page
-- for both systems; the class is enrolment.division so that a teacher's classes apply).

-- The school's implantations (sites), each with its own FASE number.
CREATE TABLE pupil_implantation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    fase             VARCHAR(10)  NULL,
    CONSTRAINT uk_pupil_implantation UNIQUE (establishment_id, name),
    CONSTRAINT fk_pupil_implantation_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a Belgian pupil has beyond the learner row. The NISS is unique inside the organising body
-- (a pupil changing school within it keeps it), optional for a newcomer who has none yet.
CREATE TABLE pupil (
    learner_id         BIGINT       NOT NULL PRIMARY KEY,
    establishment_id   BIGINT       NOT NULL,
    organising_body_id BIGINT       NOT NULL,
    niss               CHAR(11)     NULL,
    school_number      VARCHAR(30)  NULL,
    birth_place        VARCHAR(100) NULL,
    nationality        VARCHAR(60)  NULL,
    CONSTRAINT uk_pupil_niss UNIQUE (organising_body_id, niss),
    CONSTRAINT uk_pupil_number UNIQUE (establishment_id, school_number),
    CONSTRAINT fk_pupil_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_pupil_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The pupil's school year: implantation, level, why they left, and the June CEB of a P6 pupil.
CREATE TABLE pupil_enrolment (
    learner_id       BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    implantation_id  BIGINT       NOT NULL,
    level            VARCHAR(2)   NOT NULL,
    leave_reason     VARCHAR(20)  NULL,
    ceb_result       VARCHAR(12)  NULL,
    PRIMARY KEY (learner_id, school_year_id),
    CONSTRAINT fk_pupil_enrolment_pupil FOREIGN KEY (learner_id) REFERENCES pupil (learner_id),
    CONSTRAINT fk_pupil_enrolment_implantation FOREIGN KEY (implantation_id) REFERENCES pupil_implantation (id),
    CONSTRAINT fk_pupil_enrolment_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT ck_pupil_enrolment_leave CHECK (leave_reason IN ('CHANGEMENT_ECOLE', 'FIN_SCOLARITE', 'AUTRE')),
    CONSTRAINT ck_pupil_enrolment_ceb CHECK (ceb_result IN ('REUSSI', 'ECHEC', 'NON_PRESENTE')),
    INDEX ix_pupil_enrolment_year (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The secretary's changes to the move-up proposal of the closing year (no row: the proposal).
CREATE TABLE pupil_move_up (
    learner_id       BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    decision         VARCHAR(10)  NOT NULL,
    class_label      VARCHAR(40)  NULL,
    updated_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (learner_id, school_year_id),
    CONSTRAINT ck_pupil_move_up CHECK (decision IN ('MAINTIEN', 'CLASSE', 'DEPART')),
    CONSTRAINT fk_pupil_move_up_year FOREIGN KEY (school_year_id) REFERENCES school_year (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
