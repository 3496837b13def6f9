-- Tenant isolation in the database itself: every API read runs as kinerja_baca inside a transaction that names
-- the tenants it may see (kinerja.tenants, a comma-separated list) or the province whose whole tree it may see
-- (kinerja.provinsi). A query that forgets its tenant filter still sees only those rows. The projections write as
-- the owner and are not restricted.
-- Roles are per cluster: another database of this server, or the deployment's set-up, may have made it already
-- (infra/compose/postgres/init.sh does, so that query-service's own role needs no CREATEROLE).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kinerja_baca') THEN
        CREATE ROLE kinerja_baca NOLOGIN;
    END IF;
END
$$;
GRANT kinerja_baca TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO kinerja_baca;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pemda', 'perangkat_daerah', 'renstra_node', 'renstra_target', 'renstra_pembanding',
            'perjanjian_kinerja', 'pk_node', 'indikator', 'pk_revisi', 'pk_target', 'pk_pagu', 'rencana_aksi',
            'rencana_anggaran', 'realisasi', 'realisasi_anggaran', 'stated_figure', 'narrative']
    LOOP
        EXECUTE format('GRANT SELECT ON %I TO kinerja_baca', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_rows ON %I FOR SELECT TO kinerja_baca USING (
                tenant = ANY (string_to_array(current_setting('kinerja.tenants', true), ','))
                OR split_part(tenant, '.', 1) = current_setting('kinerja.provinsi', true))$p$, t);
    END LOOP;
END
$$;
