-- Riwayat: every recorded change of a PK (an event of its aggregate) with when, who, what and the reason given —
-- the auditor's list of changes between two moments, and the moments an "as of" slider can stop at. Rows are only
-- ever inserted: a change is itself the fact.
CREATE TABLE riwayat (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    aggregate_id  text        NOT NULL,
    global_index  bigint      NOT NULL,
    recorded_at   timestamptz NOT NULL,
    actor         text,
    jenis         text        NOT NULL,
    ringkasan     text        NOT NULL,
    alasan        text
);
CREATE INDEX riwayat_aggregate ON riwayat (tenant, aggregate_id, recorded_at, global_index);

GRANT SELECT ON riwayat TO kinerja_baca;
ALTER TABLE riwayat ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON riwayat FOR SELECT TO kinerja_baca USING (
    tenant = ANY (string_to_array(current_setting('kinerja.tenants', true), ','))
    OR split_part(tenant, '.', 1) = current_setting('kinerja.provinsi', true));
