-- The subjects (matières) of the SIECLE nomenclature, so that screens show "Français" rather
-- than 020100; one row per establishment and subject code, kept when a later file omits it.
CREATE TABLE nomenclature_subject (
    establishment_id BIGINT       NOT NULL,
    code             VARCHAR(10)  NOT NULL,
    code_gestion     VARCHAR(20)  NULL,
    libelle_court    VARCHAR(100) NULL,
    libelle_long     VARCHAR(200) NULL,
    libelle_edition  VARCHAR(200) NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (establishment_id, code),
    CONSTRAINT fk_nomenclature_subject_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The active pupils per division (D) and per MEF (M) just before and just after the latest BEE
-- import of a year: the Effectifs page shows what that import changed. Replaced by each import.
CREATE TABLE headcount_snapshot (
    establishment_id BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    grouping         CHAR(1)      NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    before_count     INT          NOT NULL,
    after_count      INT          NOT NULL,
    taken_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (school_year_id, grouping, code),
    CONSTRAINT ck_headcount_snapshot_grouping CHECK (grouping IN ('D', 'M')),
    CONSTRAINT fk_headcount_snapshot_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_headcount_snapshot_year FOREIGN KEY (school_year_id) REFERENCES school_year (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
