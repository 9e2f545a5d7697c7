-- Establishments (French UAI or Belgian FASE) grouped under an organising body,
-- and the local accounts of the embedded default (Keycloak users have no row here).
-- utf8mb4 everywhere: the embedded server's own default is latin1.

CREATE TABLE organising_body (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE establishment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    organising_body_id BIGINT       NULL,
    school_system      VARCHAR(2)   NOT NULL,
    name               VARCHAR(200) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    uai                CHAR(8)      NULL,
    fase               VARCHAR(6)   NULL,
    address_line       VARCHAR(200) NULL,
    postal_code        VARCHAR(10)  NULL,
    city               VARCHAR(100) NULL,
    phone              VARCHAR(30)  NULL,
    dreets_contact     VARCHAR(500) NULL,
    mcpfa_contact      VARCHAR(500) NULL,
    greta_cfa_contact  VARCHAR(500) NULL,
    updated_at         TIMESTAMP(6) NULL,
    updated_by         VARCHAR(100) NULL,
    CONSTRAINT uk_establishment_uai UNIQUE (uai),
    CONSTRAINT uk_establishment_fase UNIQUE (fase),
    CONSTRAINT ck_establishment_system CHECK (school_system IN ('FR', 'BE')),
    CONSTRAINT ck_establishment_code CHECK ((school_system = 'FR' AND uai IS NOT NULL)
                                         OR (school_system = 'BE' AND fase IS NOT NULL)),
    CONSTRAINT fk_establishment_organising_body FOREIGN KEY (organising_body_id) REFERENCES organising_body (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT ck_user_account_role CHECK (role IN ('SECRETARY', 'DIRECTOR', 'INSPECTOR', 'TEACHER')),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_establishment (
    user_account_id  BIGINT NOT NULL,
    establishment_id BIGINT NOT NULL,
    PRIMARY KEY (user_account_id, establishment_id),
    CONSTRAINT fk_user_account_establishment_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_account_establishment_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
