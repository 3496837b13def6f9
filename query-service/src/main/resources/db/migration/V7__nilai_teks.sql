-- A number the event store holds exactly but a numeric column cannot (an exponent beyond ±1000, e.g. a 1e999999
-- recorded before values had bounds) is kept here as text, its numeric column NULL, instead of being refused or
-- silently changed by the driver: the read model shows what was recorded, and the rule book marks it as not
-- computed with.
ALTER TABLE renstra_target ADD COLUMN target_teks text;
ALTER TABLE pk_target ADD COLUMN target_teks text;
ALTER TABLE rencana_aksi ADD COLUMN target_teks text;
ALTER TABLE realisasi ADD COLUMN value_teks text;
ALTER TABLE renstra_pembanding ADD COLUMN value_teks text;
