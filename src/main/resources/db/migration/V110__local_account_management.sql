-- Accounts managed by the director (issue 21): local accounts get an optimistic version, a
-- "must change password" flag (temporary password) and their last sign-in; one-time links are
-- stored hashed; people signed in through Keycloak are recorded as they are seen.

ALTER TABLE user_account
    ADD COLUMN version              BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN last_sign_in_at      TIMESTAMP(6) NULL,
    ADD COLUMN updated_at           TIMESTAMP(6) NULL,
    ADD COLUMN updated_by           VARCHAR(100) NULL;

-- A one-time link: "set your password" for an account, or the set-up of the first director of a
-- fresh instance (no account yet). Only the SHA-256 of the token is kept; valid 24 h, used once.
CREATE TABLE user_account_link (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_account_id BIGINT       NULL,
    purpose         VARCHAR(20)  NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    used_at         TIMESTAMP(6) NULL,
    CONSTRAINT uk_user_account_link_token UNIQUE (token_hash),
    CONSTRAINT ck_user_account_link_purpose CHECK (purpose IN ('SET_PASSWORD', 'FIRST_DIRECTOR')),
    CONSTRAINT fk_user_account_link_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_user_account_link_account (user_account_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People signed in through Keycloak, as their last token described them (roles, establishments).
CREATE TABLE user_account_seen (
    username        VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NULL,
    roles           VARCHAR(100) NOT NULL,
    first_seen_at   TIMESTAMP(6) NOT NULL,
    last_sign_in_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_seen_establishment (
    username         VARCHAR(100) NOT NULL,
    establishment_id BIGINT       NOT NULL,
    PRIMARY KEY (username, establishment_id),
    INDEX ix_user_account_seen_establishment (establishment_id),
    CONSTRAINT fk_user_account_seen_establishment_user FOREIGN KEY (username) REFERENCES user_account_seen (username) ON DELETE CASCADE,
    CONSTRAINT fk_user_account_seen_establishment_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
