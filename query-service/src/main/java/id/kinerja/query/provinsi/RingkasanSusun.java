package id.kinerja.query.provinsi;

import id.kinerja.api.common.Periode;
import id.kinerja.query.history.PkRows;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.queryapi.provinsi.RekapSusun;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import id.kinerja.rulebook.Realisasi;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and composes the PKs' summaries for the roll-up, within the caller's transaction (one committed state): the
 * name of each PK's facts at a moment (V12__pk_versi.sql), and the summary of its facts then
 * ({@link RekapSusun#ringkas}).
 */
@Component
class RingkasanSusun {

    /**
     * PKs whose facts are read and composed at once: a province of 38 × 40 PKs with nothing kept holds some 2,500
     * realisasi and budget rows per PK; read all at once they would fill much of the service's heap.
     */
    static final int PKS_PER_READ = 100;

    private final PkSnapshots snapshots;
    private final RealisasiReads realisasi;
    private final NamedParameterJdbcTemplate jdbc;

    RingkasanSusun(PkSnapshots snapshots, RealisasiReads realisasi, NamedParameterJdbcTemplate jdbc) {
        this.snapshots = snapshots;
        this.realisasi = realisasi;
        this.jdbc = jdbc;
    }

    /** Every PK these rows take, and the name of its facts at their moment (null: none of its rows written then). */
    Map<PkRows.Key, RingkasanTersimpan.Nama> names(PkRows rows, int year) {
        Map<PkRows.Key, RingkasanTersimpan.Nama> names = new LinkedHashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, v.recorded_at, v.seq FROM perjanjian_kinerja x"
                + " LEFT JOIN LATERAL (SELECT recorded_at, seq FROM pk_versi v WHERE v.tenant = x.tenant"
                + " AND v.year = x.year AND v.opd = x.opd AND v.recorded_at <= :asOf"
                + " ORDER BY v.recorded_at DESC LIMIT 1) v ON true"
                + " WHERE " + rows.where(), rows.params(), rs -> {
            PkRows.Key key = PkRows.Key.of(rs);
            names.put(key, rs.getTimestamp("recorded_at") == null ? null : new RingkasanTersimpan.Nama(key.tenant(),
                    key.opd(), year, rs.getTimestamp("recorded_at").toInstant(), rs.getLong("seq")));
        });
        return names;
    }

    /**
     * The PKs' summaries from their facts: their programs' pagu and realisasi, their indicators' target, realisasi and
     * capaian. The list of revisions, plans, Renstra and last year's figures, verdicts and narrative appear in no
     * column of the roll-up and are not read.
     */
    Map<PkRows.Key, RingkasanPk> compose(PkRows rows, int year) {
        Map<PkRows.Key, PkSnapshot> snapshot = snapshots.loadAll(rows, year);
        Map<PkRows.Key, Map<String, Map<Periode, Realisasi>>> values = realisasi.realisasi(rows);
        Map<PkRows.Key, Map<String, Map<Periode, Long>>> spent = realisasi.anggaran(rows);
        Map<PkRows.Key, RingkasanPk> summaries = new HashMap<>();
        snapshot.forEach((key, pk) -> summaries.put(key, RekapSusun.ringkas(new FaktaPk(null, pk, List.of(),
                values.getOrDefault(key, Map.of()), Map.of(), Map.of(), Map.of(), spent.getOrDefault(key, Map.of()),
                Map.of(), Map.of(), Map.of(), List.of(), List.of(), null))));
        return summaries;
    }
}
