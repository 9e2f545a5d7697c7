-- Security hardening (issue 19).

-- Failed local sign-ins, by the name typed and by the caller's address: 5 for a name or 20 from
-- an address within 15 minutes lock further attempts for a growing time. The name is kept as
-- typed (lower case), whether an account exists or not, so that the lock tells nothing.
CREATE TABLE sign_in_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username  VARCHAR(100) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    failed_at TIMESTAMP(6) NOT NULL,
    INDEX ix_sign_in_failure_username (username, failed_at),
    INDEX ix_sign_in_failure_address (address, failed_at),
    INDEX ix_sign_in_failure_at (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scoped API tokens: a comma-separated set of IMPORTS, LEARNER_TRANSFERS, FEDERATION.
-- Tokens made before scopes existed were made for the imports: they keep that scope only.
ALTER TABLE api_token ADD COLUMN scopes VARCHAR(200) NOT NULL DEFAULT 'IMPORTS';

-- Optimistic version of an exchange: two settlements of one exchange at once no longer lose one.
ALTER TABLE exchange ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
