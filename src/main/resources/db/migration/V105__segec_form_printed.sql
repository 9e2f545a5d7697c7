-- When a member's "Autorisation Compte SeGEC" was last printed in a school year, so that the
-- secretary's home page lists the forms printed and not yet scanned back (no consent recorded).
CREATE TABLE segec_form_printed (
    staff_member_id  BIGINT       NOT NULL,
    school_year_id   BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    printed_at       TIMESTAMP(6) NOT NULL,
    printed_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (staff_member_id, school_year_id),
    CONSTRAINT fk_segec_form_printed_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_segec_form_printed_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT fk_segec_form_printed_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    INDEX ix_segec_form_printed_establishment (establishment_id, school_year_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
