-- Who read or exported whose personal data, through which grant: one row per read, never a copy
-- of the data read (only ids and the grant's code). Append-only: the application has no update or
-- delete statement for it, and the triggers refuse one typed by hand through the application's
-- account. (Retention of audit rows, when it comes, goes through a dedicated maintenance path.)
CREATE TABLE access_audit (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    establishment_id BIGINT        NOT NULL,
    occurred_at      TIMESTAMP(6)  NOT NULL,
    actor            VARCHAR(200)  NOT NULL,
    subject_kind     VARCHAR(10)   NOT NULL,
    subject_id       BIGINT        NULL,
    action           VARCHAR(40)   NOT NULL,
    through          VARCHAR(300)  NULL,
    INDEX ix_access_audit_establishment (establishment_id, occurred_at),
    INDEX ix_access_audit_subject (establishment_id, subject_kind, subject_id),
    INDEX ix_access_audit_actor (establishment_id, actor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER access_audit_no_update BEFORE UPDATE ON access_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_audit is append-only';

CREATE TRIGGER access_audit_no_delete BEFORE DELETE ON access_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_audit is append-only';
