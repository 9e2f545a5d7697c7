-- The history shows who started an exchange by name ("Sophie Martin"), not by username
-- ("secretaire"): the name as it was when they acted. Older rows keep only the username.
ALTER TABLE exchange ADD COLUMN started_by_name VARCHAR(200) NULL AFTER started_by;
