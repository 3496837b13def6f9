-- Read models of query-service. Every row names its tenant; every fact that can change is kept as a
-- recorded-time range [recorded_from, recorded_to): a change closes the open row (recorded_to = the event's
-- recorded time) and opens a new one, so "as of T" is
--   recorded_from <= T AND (recorded_to IS NULL OR recorded_to > T)
-- answered from the (tenant, ..., recorded_from) indexes below; nothing is ever updated in place otherwise.
-- The partial unique indexes on open rows (recorded_to IS NULL) keep one current row per key and make the
-- projection's "close the open row" a single index lookup.

-- Exactly-once effect: an event id is applied once (dedupe), and the offsets of the partitions read are stored
-- in the same transaction as the read-model change, so a crash between the two is impossible.
CREATE TABLE processed_event (
    event_id      text PRIMARY KEY,
    tenant        text        NOT NULL,
    global_index  bigint      NOT NULL,
    payload_type  text        NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX processed_event_tenant ON processed_event (tenant);

CREATE TABLE consumer_offset (
    consumer_group  text   NOT NULL,
    topic           text   NOT NULL,
    kafka_partition int    NOT NULL,
    next_offset     bigint NOT NULL,
    PRIMARY KEY (consumer_group, topic, kafka_partition)
);

CREATE TABLE pemda (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    name          text        NOT NULL,
    jenis         text        NOT NULL,
    provinsi      text        NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX pemda_open ON pemda (tenant) WHERE recorded_to IS NULL;
CREATE INDEX pemda_asof ON pemda (tenant, recorded_from) INCLUDE (recorded_to);
CREATE INDEX pemda_provinsi ON pemda (provinsi, recorded_from) INCLUDE (recorded_to);

CREATE TABLE perangkat_daerah (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    name          text        NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX perangkat_daerah_open ON perangkat_daerah (tenant, opd) WHERE recorded_to IS NULL;
CREATE INDEX perangkat_daerah_asof ON perangkat_daerah (tenant, opd, recorded_from) INCLUDE (recorded_to);

-- Renstra: tujuan and sasaran strategis (level TUJUAN / SASARAN), their indicators and the yearly and end
-- targets (kind TAHUNAN per year, kind AKHIR = the end-of-period target, stored under the Renstra's last year).
CREATE TABLE renstra_node (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    period        text        NOT NULL,
    level         text        NOT NULL,
    code          text        NOT NULL,
    parent_code   text,
    name          text        NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX renstra_node_open ON renstra_node (tenant, opd, period, level, code) WHERE recorded_to IS NULL;
CREATE INDEX renstra_node_asof ON renstra_node (tenant, opd, period, recorded_from) INCLUDE (recorded_to);

CREATE TABLE renstra_target (
    id              bigserial PRIMARY KEY,
    tenant          text        NOT NULL,
    opd             text        NOT NULL,
    period          text        NOT NULL,
    indicator_code  text        NOT NULL,
    kind            text        NOT NULL,
    year            int         NOT NULL,
    target_angka    numeric,
    target_predikat text,
    reason          text,
    recorded_from   timestamptz NOT NULL,
    recorded_to     timestamptz
);
CREATE UNIQUE INDEX renstra_target_open ON renstra_target (tenant, opd, period, indicator_code, kind, year)
    WHERE recorded_to IS NULL;
CREATE INDEX renstra_target_asof ON renstra_target (tenant, opd, period, indicator_code, recorded_from)
    INCLUDE (recorded_to);

-- Perjanjian Kinerja: the PK itself, its cascade (TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN) and the
-- indicators on every level. Indicators of a Renstra are kept in the same table with owner 'renstra/<period>'.
CREATE TABLE perjanjian_kinerja (
    id             bigserial PRIMARY KEY,
    tenant         text        NOT NULL,
    opd            text        NOT NULL,
    year           int         NOT NULL,
    renstra_period text        NOT NULL,
    recorded_from  timestamptz NOT NULL,
    recorded_to    timestamptz
);
CREATE UNIQUE INDEX perjanjian_kinerja_open ON perjanjian_kinerja (tenant, opd, year) WHERE recorded_to IS NULL;
CREATE INDEX perjanjian_kinerja_asof ON perjanjian_kinerja (tenant, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE pk_node (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    level         text        NOT NULL,
    code          text        NOT NULL,
    parent_code   text,
    name          text        NOT NULL,
    revision      int         NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX pk_node_open ON pk_node (tenant, opd, year, level, code) WHERE recorded_to IS NULL;
CREATE INDEX pk_node_asof ON pk_node (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE indikator (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    owner         text        NOT NULL,
    level         text        NOT NULL,
    node_code     text        NOT NULL,
    code          text        NOT NULL,
    name          text        NOT NULL,
    unit          text,
    polarity      text        NOT NULL,
    combination   text,
    scale         text,
    formula       text,
    position      int         NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX indikator_open ON indikator (tenant, opd, owner, code) WHERE recorded_to IS NULL;
CREATE INDEX indikator_asof ON indikator (tenant, opd, owner, recorded_from) INCLUDE (recorded_to);

-- Revisions: 0 = the PK induk as signed, n = PK Perubahan n. A revision is never closed: it stays a valid
-- record of what was promised when.
CREATE TABLE pk_revisi (
    id             bigserial PRIMARY KEY,
    tenant         text        NOT NULL,
    opd            text        NOT NULL,
    year           int         NOT NULL,
    revision       int         NOT NULL,
    reason         text,
    explanation    text,
    effective_date date,
    signed_on      date        NOT NULL,
    place          text,
    pihak_pertama  jsonb,
    pihak_kedua    jsonb,
    recorded_from  timestamptz NOT NULL,
    recorded_to    timestamptz,
    UNIQUE (tenant, opd, year, revision)
);
CREATE INDEX pk_revisi_asof ON pk_revisi (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

-- Targets and pagu: revision = the PK revision the value belongs to (draft values become revision 0).
CREATE TABLE pk_target (
    id              bigserial PRIMARY KEY,
    tenant          text        NOT NULL,
    opd             text        NOT NULL,
    year            int         NOT NULL,
    indicator_code  text        NOT NULL,
    target_angka    numeric,
    target_predikat text,
    revision        int         NOT NULL,
    recorded_from   timestamptz NOT NULL,
    recorded_to     timestamptz
);
CREATE UNIQUE INDEX pk_target_open ON pk_target (tenant, opd, year, indicator_code) WHERE recorded_to IS NULL;
CREATE INDEX pk_target_asof ON pk_target (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE pk_pagu (
    id                bigserial PRIMARY KEY,
    tenant            text        NOT NULL,
    opd               text        NOT NULL,
    year              int         NOT NULL,
    sub_kegiatan_code text        NOT NULL,
    pagu              bigint      NOT NULL,
    revision          int         NOT NULL,
    recorded_from     timestamptz NOT NULL,
    recorded_to       timestamptz
);
CREATE UNIQUE INDEX pk_pagu_open ON pk_pagu (tenant, opd, year, sub_kegiatan_code) WHERE recorded_to IS NULL;
CREATE INDEX pk_pagu_asof ON pk_pagu (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

-- Rencana Aksi: one row per indicator and period (target NULL = a period without target, "-").
CREATE TABLE rencana_aksi (
    id                bigserial PRIMARY KEY,
    tenant            text        NOT NULL,
    opd               text        NOT NULL,
    year              int         NOT NULL,
    indicator_code    text        NOT NULL,
    period            text        NOT NULL,
    target_angka      numeric,
    target_predikat   text,
    responsible       text,
    reason            text,
    based_on_revision int         NOT NULL,
    recorded_from     timestamptz NOT NULL,
    recorded_to       timestamptz
);
CREATE UNIQUE INDEX rencana_aksi_open ON rencana_aksi (tenant, opd, year, indicator_code, period)
    WHERE recorded_to IS NULL;
CREATE INDEX rencana_aksi_asof ON rencana_aksi (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE rencana_anggaran (
    id                bigserial PRIMARY KEY,
    tenant            text        NOT NULL,
    opd               text        NOT NULL,
    year              int         NOT NULL,
    sub_kegiatan_code text        NOT NULL,
    month             text        NOT NULL,
    amount            bigint      NOT NULL,
    reason            text,
    based_on_revision int         NOT NULL,
    recorded_from     timestamptz NOT NULL,
    recorded_to       timestamptz
);
CREATE UNIQUE INDEX rencana_anggaran_open ON rencana_anggaran (tenant, opd, year, sub_kegiatan_code, month)
    WHERE recorded_to IS NULL;
CREATE INDEX rencana_anggaran_asof ON rencana_anggaran (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

-- Realisasi: a correction closes the previous row and opens one carrying the correction's reason.
-- value NULL with pending_reason = pending (e.g. waiting for BPS to publish PDRB).
CREATE TABLE realisasi (
    id                bigserial PRIMARY KEY,
    tenant            text        NOT NULL,
    opd               text        NOT NULL,
    year              int         NOT NULL,
    indicator_code    text        NOT NULL,
    period            text        NOT NULL,
    value_angka       numeric,
    value_predikat    text,
    pending_reason    text,
    components        jsonb,
    formula           text,
    stated_value      text,
    correction_reason text,
    recorded_from     timestamptz NOT NULL,
    recorded_to       timestamptz
);
CREATE UNIQUE INDEX realisasi_open ON realisasi (tenant, opd, year, indicator_code, period) WHERE recorded_to IS NULL;
CREATE INDEX realisasi_asof ON realisasi (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE realisasi_anggaran (
    id                bigserial PRIMARY KEY,
    tenant            text        NOT NULL,
    opd               text        NOT NULL,
    year              int         NOT NULL,
    sub_kegiatan_code text        NOT NULL,
    month             text        NOT NULL,
    amount            bigint      NOT NULL,
    correction_reason text,
    recorded_from     timestamptz NOT NULL,
    recorded_to       timestamptz
);
CREATE UNIQUE INDEX realisasi_anggaran_open ON realisasi_anggaran (tenant, opd, year, sub_kegiatan_code, month)
    WHERE recorded_to IS NULL;
CREATE INDEX realisasi_anggaran_asof ON realisasi_anggaran (tenant, opd, year, recorded_from) INCLUDE (recorded_to);
