-- A learner created at the destination by a transfer (issue 14) is enrolled without division; the
-- secretary must see why in the list and on the learner page. The mark is cleared by the first
-- SIECLE import that gives the learner a division of that year.
alter table enrolment add column received_by_transfer boolean not null default false;
