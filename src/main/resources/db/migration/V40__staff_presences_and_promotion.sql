-- Belgian staff records as ProEco keeps them: per school year, the "présence administrative"
-- (the person still belongs to the school: their SeGEC account stays active), the "présence
-- physique" (unticked for a director on congé mission, whose acting director takes the role)
-- and the "fonction de promotion" (the director). They replace the three-value presence of
-- staff_member, which held one value for every year.
CREATE TABLE staff_year_presence (
    staff_member_id         BIGINT  NOT NULL,
    school_year_id          BIGINT  NOT NULL,
    establishment_id        BIGINT  NOT NULL,
    presence_administrative BOOLEAN NOT NULL DEFAULT TRUE,
    presence_physique       BOOLEAN NOT NULL DEFAULT TRUE,
    fonction_promotion      BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (staff_member_id, school_year_id),
    CONSTRAINT fk_staff_year_presence_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_year_presence_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    INDEX ix_staff_year_presence_establishment (establishment_id, school_year_id, fonction_promotion)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Today's values, for every year of the member's establishment:
--   PRESENT -> administrative and physical presence ticked;
--   CONGE   -> administrative ticked, physical unticked (on leave: still on the school's staff);
--   ABSENT  -> both unticked (long-term absence: no longer counted in the school);
--   a DIR function in a year -> "fonction de promotion" ticked in that year (the DIR function stays).
INSERT INTO staff_year_presence (staff_member_id, school_year_id, establishment_id, presence_administrative, presence_physique, fonction_promotion)
SELECT m.id, y.id, m.establishment_id,
       m.presence <> 'ABSENT',
       m.presence = 'PRESENT',
       EXISTS (SELECT 1 FROM staff_function f WHERE f.staff_member_id = m.id AND f.school_year_id = y.id AND f.code = 'DIR')
FROM staff_member m
JOIN school_year y ON y.establishment_id = m.establishment_id;

ALTER TABLE staff_member DROP CONSTRAINT ck_staff_member_presence;
ALTER TABLE staff_member DROP COLUMN presence;
