-- When the retention run anonymised a staff member who left the establishment long ago: the row
-- stays (functions, disciplines, services and presences per year are what counts need), the
-- person is no longer in it, and the next run does not pick them again.
ALTER TABLE staff_member ADD COLUMN scrubbed_at TIMESTAMP(6) NULL;
