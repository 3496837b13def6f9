-- The national nomenclature code (Kepmendagri 050-5889/2021) of a program, kegiatan or sub kegiatan, where its
-- event carries one; NULL for tujuan and sasaran, for names the catalogue does not know and for events recorded
-- before the code existed. The province roll-up lines programs up by it.
ALTER TABLE pk_node ADD COLUMN nomenklatur text;
