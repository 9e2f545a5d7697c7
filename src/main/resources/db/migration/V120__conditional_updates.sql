-- Read-modify-write of shared rows made conditional (issue 19, Must 6).

-- A SeGEC account remembers which send it waits for: the answer to an older send, heard late,
-- no longer overwrites the answer to a newer one. Rows of earlier sends have none (any answer is taken).
ALTER TABLE segec_account ADD COLUMN delivery_id VARCHAR(36) NULL;

-- One organising body per name. Two provisionings at once could create the same body twice: the
-- schools are put back under the first one, with their pupils (a NISS is unique within a body).
UPDATE establishment e
    JOIN organising_body o ON o.id = e.organising_body_id
    JOIN (SELECT name, MIN(id) AS first_id FROM organising_body GROUP BY name) f ON f.name = o.name
SET e.organising_body_id = f.first_id
WHERE e.organising_body_id <> f.first_id;

UPDATE pupil p
    JOIN organising_body o ON o.id = p.organising_body_id
    JOIN (SELECT name, MIN(id) AS first_id FROM organising_body GROUP BY name) f ON f.name = o.name
SET p.organising_body_id = f.first_id
WHERE p.organising_body_id <> f.first_id;

DELETE o FROM organising_body o
    JOIN (SELECT name, MIN(id) AS first_id FROM organising_body GROUP BY name) f ON f.name = o.name
WHERE o.id <> f.first_id;

ALTER TABLE organising_body
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT uk_organising_body_name UNIQUE (name);
