package id.kinerja.query.provinsi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.query.history.PkRows;
import id.kinerja.query.history.Saat;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.queryapi.provinsi.RekapSusun;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import id.kinerja.rulebook.Realisasi;
import id.kinerja.web.TidakSah;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Gathers, as of the asked time, the PK facts of every kabupaten/kota of a province — a province reads only its own:
 * those whose code starts with it — and has the rule book roll them up ({@link RekapSusun}; programs lined up by
 * their national nomenclature code). Each PK is summarised on its own ({@link RekapSusun#ringkas}) and the summary
 * kept under the name of its facts at that moment ({@link RingkasanTersimpan}): a roll-up reads the PKs' names and
 * composes only the PKs whose facts it has not summarised yet — after a month's realisasi, the PKs that received some.
 * Those are read together, one query per table (the PK's tables, realisasi, realisasi anggaran), not PK by PK.
 */
@Component
public class RekapQueries {

    /**
     * PKs whose facts are read and composed at once: a province of 38 × 40 PKs with nothing kept holds some 2,500
     * realisasi and budget rows per PK; read all at once they would fill much of the service's heap.
     */
    private static final int PKS_PER_READ = 100;

    private final Tenants tenants;
    private final PkSnapshots snapshots;
    private final RealisasiReads realisasi;
    private final NamedParameterJdbcTemplate jdbc;
    private final RingkasanTersimpan kept;

    RekapQueries(Tenants tenants, PkSnapshots snapshots, RealisasiReads realisasi, NamedParameterJdbcTemplate jdbc,
                 RingkasanTersimpan kept) {
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.realisasi = realisasi;
        this.jdbc = jdbc;
        this.kept = kept;
    }

    public RekapProvinsi rekap(String provinsi, int year, Instant asOf) {
        if (!provinsi.matches("\\d{2}")) {
            throw new TidakSah("provinsi", "'" + provinsi + "' bukan kode provinsi (dua angka, mis. 51)");
        }
        Tenants.Pemda province = tenants.require(provinsi, asOf);
        List<Tenants.Pemda> kabupatenKota = tenants.kabupatenKota(provinsi, asOf).stream()
                .filter(kab -> TenantId.of(kab.tenant()).provinsi().code().equals(provinsi)).toList();
        List<RekapSusun.DaerahRingkas> daerah = new ArrayList<>();
        if (!kabupatenKota.isEmpty()) {
            Saat saat = Saat.asOf(asOf);
            Map<PkRows.Key, RingkasanTersimpan.Nama> names = names(
                    kabupatenKota.stream().map(Tenants.Pemda::tenant).toList(), year, saat);
            Map<PkRows.Key, RingkasanPk> summaries = summaries(names, year, saat);
            for (Tenants.Pemda kab : kabupatenKota) {
                daerah.add(new RekapSusun.DaerahRingkas(kab.tenant(), kab.name(), summaries.entrySet().stream()
                        .filter(pk -> pk.getKey().tenant().equals(kab.tenant())).map(Map.Entry::getValue).toList()));
            }
        }
        return RekapSusun.susun(provinsi, province.name(), year, asOf, daerah);
    }

    /** Every PK of the year of these daerah at the moment, and the name of its facts then (V12__pk_versi.sql). */
    private Map<PkRows.Key, RingkasanTersimpan.Nama> names(List<String> daerah, int year, Saat saat) {
        PkRows rows = PkRows.daerah(daerah, year, saat);
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

    /** The summary of each PK: kept, or composed from its facts at the moment (and then kept, if it has a name). */
    private Map<PkRows.Key, RingkasanPk> summaries(Map<PkRows.Key, RingkasanTersimpan.Nama> names, int year,
                                                   Saat saat) {
        Map<RingkasanTersimpan.Nama, RingkasanPk> known = kept.kept(
                names.values().stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<PkRows.Key, RingkasanPk> summaries = new HashMap<>();
        List<PkRows.Key> missing = new ArrayList<>();
        names.forEach((pk, name) -> {
            RingkasanPk summary = name == null ? null : known.get(name);
            if (summary == null) {
                missing.add(pk);
            } else {
                summaries.put(pk, summary);
            }
        });
        for (int from = 0; from < missing.size(); from += PKS_PER_READ) {
            Map<RingkasanTersimpan.Nama, RingkasanPk> composed = new HashMap<>();
            compose(missing.subList(from, Math.min(missing.size(), from + PKS_PER_READ)), year, saat)
                    .forEach((pk, summary) -> {
                        summaries.put(pk, summary);
                        if (names.get(pk) != null) {
                            composed.put(names.get(pk), summary);
                        }
                    });
            kept.keep(composed);
        }
        return summaries;
    }

    /**
     * The PKs' summaries from their facts: their programs' pagu and realisasi, their indicators' target, realisasi and
     * capaian. The list of revisions, plans, Renstra and last year's figures, verdicts and narrative appear in no
     * column of the roll-up and are not read.
     */
    private Map<PkRows.Key, RingkasanPk> compose(List<PkRows.Key> pks, int year, Saat saat) {
        PkRows rows = PkRows.pks(pks, year, saat);
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
