-- A learner is found by any word of their names ("Hugo" finds DUPONT Hugo), whatever the case and
-- the accents (the columns' utf8mb4_unicode_ci collation): the full-text index answers without
-- reading every learner, and the database keeps it up to date whichever path writes a learner.
ALTER TABLE learner ADD FULLTEXT INDEX ft_learner_names (nom, nom_usage, prenom, prenom2, prenom3);
