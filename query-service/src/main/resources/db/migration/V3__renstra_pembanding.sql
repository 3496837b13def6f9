-- What an indicator's year is compared with in the LKjIP besides its target: the realisasi of earlier years as
-- reported (kondisi awal, years before the platform) and the national standard, each with its source.
CREATE TABLE renstra_pembanding (
    id             bigserial PRIMARY KEY,
    tenant         text        NOT NULL,
    opd            text        NOT NULL,
    period         text        NOT NULL,
    indicator_code text        NOT NULL,
    kind           text        NOT NULL,
    year           int         NOT NULL,
    value_angka    numeric,
    value_predikat text,
    source         text,
    reason         text,
    recorded_from  timestamptz NOT NULL,
    recorded_to    timestamptz
);
CREATE UNIQUE INDEX renstra_pembanding_open ON renstra_pembanding (tenant, opd, period, indicator_code, kind, year)
    WHERE recorded_to IS NULL;
CREATE INDEX renstra_pembanding_asof ON renstra_pembanding (tenant, opd, period, recorded_from) INCLUDE (recorded_to);
