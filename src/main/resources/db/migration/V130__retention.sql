-- Retention (Paramètres › Conservation des données): per establishment, how long leavers' personal
-- data, the original files of imports and the journal of accesses are kept. No row = the defaults
-- (5 years, 13 months, 3 years; docs/privacy.md).
CREATE TABLE retention_policy (
    establishment_id BIGINT       NOT NULL PRIMARY KEY,
    leaver_years     INT          NOT NULL,
    original_months  INT          NOT NULL,
    audit_years      INT          NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    updated_by       VARCHAR(200) NOT NULL,
    CONSTRAINT ck_retention_leaver CHECK (leaver_years BETWEEN 1 AND 30),
    CONSTRAINT ck_retention_original CHECK (original_months BETWEEN 1 AND 120),
    CONSTRAINT ck_retention_audit CHECK (audit_years BETWEEN 1 AND 10),
    CONSTRAINT fk_retention_policy_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A scrubbed learner (names replaced, identifiers cleared) is never scrubbed, nor counted, again.
ALTER TABLE learner ADD COLUMN scrubbed_at TIMESTAMP(6) NULL;

-- The journal of accesses stays append-only, with one exception: the retention statement may delete
-- the rows of one establishment older than its limit. That statement names both in two session
-- variables of its own connection, inside its transaction; any other delete is still refused.
DROP TRIGGER access_audit_no_delete;

DELIMITER $$
CREATE TRIGGER access_audit_no_delete BEFORE DELETE ON access_audit FOR EACH ROW
BEGIN
    IF @preau_audit_retention_establishment IS NULL OR @preau_audit_retention_before IS NULL
       OR OLD.establishment_id <> @preau_audit_retention_establishment
       OR OLD.occurred_at >= @preau_audit_retention_before THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_audit is append-only';
    END IF;
END$$
DELIMITER ;
