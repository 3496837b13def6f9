-- A verifier's verdict on a period's realisasi, with its history: the latest verdict per period is open.
CREATE TABLE verifikasi (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    period        text        NOT NULL,
    hasil         text        NOT NULL,
    catatan       text,
    verifier      text,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX verifikasi_open ON verifikasi (tenant, opd, year, period) WHERE recorded_to IS NULL;
CREATE INDEX verifikasi_asof ON verifikasi (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

GRANT SELECT ON verifikasi TO kinerja_baca;
ALTER TABLE verifikasi ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON verifikasi FOR SELECT TO kinerja_baca USING (
    tenant = ANY (string_to_array(current_setting('kinerja.tenants', true), ','))
    OR split_part(tenant, '.', 1) = current_setting('kinerja.provinsi', true));
