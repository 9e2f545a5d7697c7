-- Staff members of an establishment, their functions per school year, the divisions and
-- groups they serve per year (from STS-WEB), and their disciplines.

CREATE TABLE staff_member (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    -- Where the person comes from: 'epp' or 'local' (STS-WEB INDIVIDU TYPE, with its ID),
    -- 'csv' (staff list of a Belgian school, with its identifier), NULL when entered by hand.
    external_type    VARCHAR(5)   NULL,
    external_id      VARCHAR(40)  NULL,
    civilite         VARCHAR(4)   NULL,
    nom_usage        VARCHAR(100) NOT NULL,
    nom_patronymique VARCHAR(100) NULL,
    prenom           VARCHAR(100) NOT NULL,
    date_naissance   DATE         NULL,
    sexe             CHAR(1)      NULL,
    grade            VARCHAR(100) NULL,
    email_pro        VARCHAR(254) NULL,
    email_perso      VARCHAR(254) NULL,
    exit_date        DATE         NULL,
    presence         VARCHAR(12)  NOT NULL DEFAULT 'PRESENT',
    -- The Préau account of this person (a teacher reads their own record through it).
    username         VARCHAR(100) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NULL,
    updated_by       VARCHAR(100) NULL,
    CONSTRAINT uk_staff_member_external UNIQUE (establishment_id, external_type, external_id),
    CONSTRAINT uk_staff_member_username UNIQUE (establishment_id, username),
    CONSTRAINT ck_staff_member_type CHECK (external_type IS NULL OR external_type IN ('epp', 'local', 'csv')),
    CONSTRAINT ck_staff_member_sexe CHECK (sexe IS NULL OR sexe IN ('M', 'F')),
    CONSTRAINT ck_staff_member_civilite CHECK (civilite IS NULL OR civilite IN ('M', 'MME', 'MLLE')),
    CONSTRAINT ck_staff_member_presence CHECK (presence IN ('PRESENT', 'CONGE', 'ABSENT')),
    CONSTRAINT fk_staff_member_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_staff_member_name (establishment_id, nom_usage, prenom)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_discipline (
    staff_member_id  BIGINT        NOT NULL,
    code             VARCHAR(10)   NOT NULL,
    label            VARCHAR(100)  NULL,
    hours            DECIMAL(5, 2) NULL,
    establishment_id BIGINT        NOT NULL,
    PRIMARY KEY (staff_member_id, code),
    CONSTRAINT fk_staff_discipline_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    INDEX ix_staff_discipline_establishment (establishment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ENS, DIR, EDU, DOC… (FONCTION of STS-WEB) for one school year. The source says who set it:
-- an import (STS, CSV), a person (MANUAL) or the switchover (CARRIED).
CREATE TABLE staff_function (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT      NOT NULL,
    staff_member_id  BIGINT      NOT NULL,
    school_year_id   BIGINT      NOT NULL,
    code             VARCHAR(5)  NOT NULL,
    source           VARCHAR(8)  NOT NULL,
    CONSTRAINT uk_staff_function UNIQUE (staff_member_id, school_year_id, code),
    CONSTRAINT ck_staff_function_source CHECK (source IN ('STS', 'CSV', 'MANUAL', 'CARRIED')),
    CONSTRAINT fk_staff_function_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_function_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_staff_function_year (establishment_id, school_year_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The divisions (D) and groups (G) of a year as STS-WEB describes them; a group lists the
-- divisions it draws its pupils from.
CREATE TABLE staff_structure (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    school_year_id   BIGINT        NOT NULL,
    structure_type   CHAR(1)       NOT NULL,
    code             VARCHAR(40)   NOT NULL,
    label            VARCHAR(200)  NULL,
    division_codes   VARCHAR(1000) NULL,
    CONSTRAINT uk_staff_structure UNIQUE (establishment_id, school_year_id, structure_type, code),
    CONSTRAINT ck_staff_structure_type CHECK (structure_type IN ('D', 'G')),
    CONSTRAINT fk_staff_structure_year FOREIGN KEY (school_year_id) REFERENCES school_year (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a teacher teaches in a year: a subject in a division or a group (STS SERVICE/ENSEIGNANT).
CREATE TABLE staff_service (
    staff_member_id  BIGINT      NOT NULL,
    school_year_id   BIGINT      NOT NULL,
    structure_type   CHAR(1)     NOT NULL,
    structure_code   VARCHAR(40) NOT NULL,
    subject_code     VARCHAR(10) NOT NULL DEFAULT '',
    establishment_id BIGINT      NOT NULL,
    PRIMARY KEY (staff_member_id, school_year_id, structure_type, structure_code, subject_code),
    CONSTRAINT ck_staff_service_type CHECK (structure_type IN ('D', 'G')),
    CONSTRAINT fk_staff_service_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_service_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_staff_service_year (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
