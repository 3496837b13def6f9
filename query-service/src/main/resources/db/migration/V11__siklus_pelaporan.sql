-- The reporting cycle: where each period's report stands, its history, its bukti dukung and kendala, and the
-- daerah's schedule. Like every read model: recorded-time ranges (a change closes the open row and opens a new
-- one), so each is answerable as of any time; the history is append-only, one row per event.

-- Late entries keep the due date they missed.
ALTER TABLE realisasi ADD COLUMN lewat_tenggat date;
ALTER TABLE realisasi_anggaran ADD COLUMN lewat_tenggat date;

-- Status per PK and period (TERBUKA has no row). The open row also carries the last submission: when, by whom,
-- against which due date and whether it was late.
CREATE TABLE status_periode (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    period        text        NOT NULL,
    status        text        NOT NULL,
    catatan       text,
    oleh          text,
    diajukan_pada timestamptz,
    diajukan_oleh text,
    tenggat       date,
    terlambat     boolean     NOT NULL DEFAULT false,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX status_periode_open ON status_periode (tenant, opd, year, period) WHERE recorded_to IS NULL;
CREATE INDEX status_periode_asof ON status_periode (tenant, year, opd, recorded_from) INCLUDE (recorded_to);

-- Every step that touched a period: realisasi, budget realisation (under its month; anggaran = about spending, which a
-- triwulan's and the year's history include), bukti dukung, kendala, and the cycle's own steps, with who and when.
CREATE TABLE riwayat_periode (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    period        text        NOT NULL,
    langkah       text        NOT NULL,
    kode          text,
    anggaran      boolean     NOT NULL DEFAULT false,
    uraian        text        NOT NULL,
    catatan       text,
    terlambat     boolean     NOT NULL DEFAULT false,
    oleh          text,
    event_id      text        NOT NULL UNIQUE,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX riwayat_periode_asof ON riwayat_periode (tenant, opd, year, period, recorded_at);

CREATE TABLE bukti_dukung (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    untuk_jenis   text        NOT NULL,
    untuk_kode    text        NOT NULL,
    period        text        NOT NULL,
    sha256        text        NOT NULL,
    nama          text        NOT NULL,
    ukuran        bigint      NOT NULL,
    media_type    text        NOT NULL,
    oleh          text,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX bukti_dukung_open ON bukti_dukung (tenant, opd, year, untuk_jenis, untuk_kode, period, sha256)
    WHERE recorded_to IS NULL;
CREATE INDEX bukti_dukung_asof ON bukti_dukung (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE kendala (
    id             bigserial PRIMARY KEY,
    tenant         text        NOT NULL,
    opd            text        NOT NULL,
    year           int         NOT NULL,
    indicator_code text        NOT NULL,
    period         text        NOT NULL,
    kendala        text        NOT NULL,
    tindak_lanjut  text,
    oleh           text,
    recorded_from  timestamptz NOT NULL,
    recorded_to    timestamptz
);
CREATE UNIQUE INDEX kendala_open ON kendala (tenant, opd, year, indicator_code, period) WHERE recorded_to IS NULL;
CREATE INDEX kendala_asof ON kendala (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

-- The daerah's schedule: a due date per period, and when the daerah closed it.
CREATE TABLE jadwal (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    year          int         NOT NULL,
    period        text        NOT NULL,
    tenggat       date        NOT NULL,
    ditutup_pada  timestamptz,
    ditutup_oleh  text,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX jadwal_open ON jadwal (tenant, year, period) WHERE recorded_to IS NULL;
CREATE INDEX jadwal_asof ON jadwal (tenant, year, recorded_from) INCLUDE (recorded_to);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['status_periode', 'riwayat_periode', 'bukti_dukung', 'kendala', 'jadwal']
    LOOP
        EXECUTE format('GRANT SELECT ON %I TO kinerja_baca', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_rows ON %I FOR SELECT TO kinerja_baca USING (
                tenant = ANY (string_to_array(current_setting('kinerja.tenants', true), ','))
                OR split_part(tenant, '.', 1) = current_setting('kinerja.provinsi', true))$p$, t);
    END LOOP;
END
$$;

-- Notifications for integrators (a WhatsApp or mail gateway of the daerah's own): written in the same transaction
-- as the read models (and by the deadline reminder), published to Kafka topic kinerja.notifikasi by a relay that
-- marks what the broker acknowledged — an outbox, at least once. The id is deterministic (the event id, or the
-- period and due date of a reminder), so neither a replay nor a second reminder run writes one twice. Not a read
-- model of a tenant: replays keep it, and API reads never see it.
CREATE TABLE notifikasi_keluar (
    id       text        PRIMARY KEY,
    tenant   text        NOT NULL,
    isi      jsonb       NOT NULL,
    dibuat   timestamptz NOT NULL,
    terkirim timestamptz
);
CREATE INDEX notifikasi_keluar_antre ON notifikasi_keluar (dibuat) WHERE terkirim IS NULL;
