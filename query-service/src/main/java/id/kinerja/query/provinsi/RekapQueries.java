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
import id.kinerja.rulebook.Realisasi;
import id.kinerja.web.TidakSah;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers, as of the asked time, the PK facts of every kabupaten/kota of a province — a province reads only its own:
 * those whose code starts with it — and has the rule book roll them up ({@link RekapSusun}; programs lined up by
 * their national nomenclature code). The rows of all their PKs are read together, one query per table (the PK's
 * tables, realisasi, realisasi anggaran), not PK by PK: at 38 daerah × 40 perangkat daerah that is a dozen queries
 * instead of some twenty thousand.
 */
@Component
public class RekapQueries {

    private final Tenants tenants;
    private final PkSnapshots snapshots;
    private final RealisasiReads realisasi;

    public RekapQueries(Tenants tenants, PkSnapshots snapshots, RealisasiReads realisasi) {
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.realisasi = realisasi;
    }

    public RekapProvinsi rekap(String provinsi, int year, Instant asOf) {
        if (!provinsi.matches("\\d{2}")) {
            throw new TidakSah("provinsi", "'" + provinsi + "' bukan kode provinsi (dua angka, mis. 51)");
        }
        Tenants.Pemda province = tenants.require(provinsi, asOf);
        List<Tenants.Pemda> kabupatenKota = tenants.kabupatenKota(provinsi, asOf).stream()
                .filter(kab -> TenantId.of(kab.tenant()).provinsi().code().equals(provinsi)).toList();
        List<RekapSusun.Daerah> daerah = new ArrayList<>();
        if (!kabupatenKota.isEmpty()) {
            Saat saat = Saat.asOf(asOf);
            List<String> codes = kabupatenKota.stream().map(Tenants.Pemda::tenant).toList();
            Map<PkRows.Key, PkSnapshot> pks = snapshots.loadAll(codes, year, saat);
            PkRows rows = PkRows.daerah(codes, year, saat);
            Map<PkRows.Key, Map<String, Map<Periode, Realisasi>>> values = realisasi.realisasi(rows);
            Map<PkRows.Key, Map<String, Map<Periode, Long>>> spent = realisasi.anggaran(rows);
            for (Tenants.Pemda kab : kabupatenKota) {
                daerah.add(new RekapSusun.Daerah(kab.tenant(), kab.name(), pks.entrySet().stream()
                        .filter(pk -> pk.getKey().tenant().equals(kab.tenant()))
                        .map(pk -> fakta(kab.name(), pk.getValue(), values.getOrDefault(pk.getKey(), Map.of()),
                                spent.getOrDefault(pk.getKey(), Map.of())))
                        .toList()));
            }
        }
        return RekapSusun.rekap(provinsi, province.name(), year, asOf, daerah);
    }

    /**
     * The facts the roll-up shows of a PK: its programs' pagu and realisasi, its indicators' target, realisasi and
     * capaian. The list of revisions, plans, Renstra and last year's figures, verdicts and narrative appear in no
     * column of it and are not read.
     */
    private static FaktaPk fakta(String pemdaName, PkSnapshot pk, Map<String, Map<Periode, Realisasi>> values,
                                 Map<String, Map<Periode, Long>> spent) {
        return new FaktaPk(pemdaName, pk, List.of(), values, Map.of(),
                Map.of(), Map.of(), spent, Map.of(), Map.of(), Map.of(), List.of(), List.of(), null);
    }
}
