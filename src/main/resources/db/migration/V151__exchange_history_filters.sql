-- Échanges › Historique filtered by kind, status or school year: each filter gets an index in the
-- history's order (newest first), so that the first page reads its 50 rows in that order without
-- sorting the establishment's matching exchanges, and the count reads one range of one index.
-- ix_exchange_kind (kind, then status) stays for the dashboard's latest success/failure per kind.
ALTER TABLE exchange
    ADD INDEX ix_exchange_history_kind (establishment_id, kind, started_at, id),
    ADD INDEX ix_exchange_history_status (establishment_id, status, started_at, id),
    ADD INDEX ix_exchange_history_year (establishment_id, school_year_id, started_at, id);
