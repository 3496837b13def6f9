-- When each PK's read-model rows changed: one row per PK (tenant, OPD, year) and recorded time at which a row of it
-- was opened or closed — the moments between which the PK's facts as of any time stay the same. seq comes from one
-- sequence: a change written at a time earlier than later rows of the PK (an event arriving after a later one) gives
-- those later rows its seq too, so (recorded_at, seq) of the last row up to a moment names what the PK's facts were
-- then, and changes whenever they do. The province roll-up keeps each PK's summary under that name.
CREATE SEQUENCE pk_versi_seq;

CREATE TABLE pk_versi (
    tenant      text        NOT NULL,
    opd         text        NOT NULL,
    year        int         NOT NULL,
    recorded_at timestamptz NOT NULL,
    seq         bigint      NOT NULL DEFAULT nextval('pk_versi_seq'),
    PRIMARY KEY (tenant, year, opd, recorded_at) INCLUDE (seq)
);
-- The roll-up reads, per PK, the last row up to a moment: with seq in the index that is one index-only step back.
-- Without it, PostgreSQL's generic plan for the prepared statement (after five executions) read every row of each PK
-- up to the moment and sorted them: 9.7 s instead of 41 ms for 1,520 PKs of ~5,000 rows each (EXPLAIN ANALYZE,
-- docs/scale.md). Vacuumed after every 1 % of new rows, so the index-only step seldom needs the table.
ALTER TABLE pk_versi SET (autovacuum_vacuum_insert_scale_factor = 0.01);

-- The moments already stored: the opening and closing times of every row of a table kept by PK (tenant, OPD, year,
-- recorded-time range), and of the indicators a PK owns (owner pk/<year>).
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.column_name IN ('tenant', 'opd', 'year', 'recorded_from')
             GROUP BY c.table_name HAVING count(*) = 4
    LOOP
        EXECUTE format($q$INSERT INTO pk_versi (tenant, opd, year, recorded_at)
                SELECT tenant, opd, year, recorded_from FROM %1$I
                UNION SELECT tenant, opd, year, recorded_to FROM %1$I WHERE recorded_to IS NOT NULL
                ON CONFLICT DO NOTHING$q$, t);
    END LOOP;
END
$$;
INSERT INTO pk_versi (tenant, opd, year, recorded_at)
SELECT tenant, opd, substr(owner, 4)::int, recorded_from FROM indikator WHERE owner ~ '^pk/[0-9]+$'
UNION SELECT tenant, opd, substr(owner, 4)::int, recorded_to FROM indikator
WHERE owner ~ '^pk/[0-9]+$' AND recorded_to IS NOT NULL
ON CONFLICT DO NOTHING;

GRANT SELECT ON pk_versi TO kinerja_baca;
ALTER TABLE pk_versi ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON pk_versi FOR SELECT TO kinerja_baca USING (
    tenant = ANY (string_to_array(current_setting('kinerja.tenants', true), ','))
    OR split_part(tenant, '.', 1) = current_setting('kinerja.provinsi', true));
