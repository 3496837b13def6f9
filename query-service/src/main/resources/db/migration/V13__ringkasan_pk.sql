-- The province roll-up's summary of a PK (RingkasanPk as JSON) under the name of its facts at a moment: pk_versi's
-- (recorded_at, seq) of the PK's last change up to it. A name's facts never change, so a row is never updated; every
-- instance of query-service reads what any of them composed, and what was composed survives a restart. Derived from
-- the read models, not from events: a replay clears it (ReadModelTables) and it fills again as roll-ups ask.
CREATE TABLE ringkasan_pk (
    tenant      text        NOT NULL,
    opd         text        NOT NULL,
    year        int         NOT NULL,
    recorded_at timestamptz NOT NULL,
    seq         bigint      NOT NULL,
    ringkasan   text        NOT NULL,
    PRIMARY KEY (tenant, year, opd, recorded_at, seq)
);

-- Which PKs changed since a seq: the summaries composed ahead (RingkasanDahulu) follow new rows of pk_versi by it.
CREATE INDEX pk_versi_by_seq ON pk_versi (seq);

GRANT SELECT ON ringkasan_pk TO kinerja_baca;
ALTER TABLE ringkasan_pk ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON ringkasan_pk FOR SELECT TO kinerja_baca USING (
    tenant = ANY (string_to_array(current_setting('kinerja.tenants', true), ','))
    OR split_part(tenant, '.', 1) = current_setting('kinerja.provinsi', true));
