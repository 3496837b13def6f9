-- Bukti dukung files, content-addressed: a file is stored once under the SHA-256 of its content, however many
-- periods, perangkat daerah or daerah attach it. Which files belong to what is in the events (BuktiDukungAttached
-- carries the hash, name, size and type, so the event hash chain covers the content too); this table only keeps
-- the bytes. A reader recomputes the hash before serving, so bytes altered here are detected, never served.
CREATE TABLE berkas (
    sha256     CHAR(64)    NOT NULL PRIMARY KEY,
    ukuran     BIGINT      NOT NULL,
    isi        BYTEA       NOT NULL,
    disimpan   TIMESTAMPTZ NOT NULL DEFAULT now()
);
