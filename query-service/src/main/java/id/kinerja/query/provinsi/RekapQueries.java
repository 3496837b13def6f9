package id.kinerja.query.provinsi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.query.anggaran.AnggaranQueries;
import id.kinerja.query.anggaran.AnggaranView;
import id.kinerja.query.capaian.CapaianQueries;
import id.kinerja.query.capaian.CapaianView;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.InvalidParameter;
import id.kinerja.rulebook.Capaian;
import id.kinerja.rulebook.Jumlah;
import id.kinerja.rulebook.Peringkat;
import id.kinerja.rulebook.RataRata;
import id.kinerja.rulebook.Rekap;
import id.kinerja.rulebook.Serapan;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the province roll-up from each kabupaten/kota's PKs as of the asked time. Programs are matched by name
 * (national nomenclature; case and spacing ignored), since each daerah numbers its own codes; the same for
 * indicators by name and unit. A province reads only its own kabupaten/kota: those whose code starts with it.
 */
@Component
public class RekapQueries {

    private final Tenants tenants;
    private final PkSnapshots snapshots;
    private final CapaianQueries capaian;
    private final AnggaranQueries anggaran;

    public RekapQueries(Tenants tenants, PkSnapshots snapshots, CapaianQueries capaian, AnggaranQueries anggaran) {
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.capaian = capaian;
        this.anggaran = anggaran;
    }

    public RekapProvinsi rekap(String provinsi, int year, Instant asOf) {
        if (!provinsi.matches("\\d{2}")) {
            throw new InvalidParameter("provinsi", "'" + provinsi + "' bukan kode provinsi (dua angka, mis. 51)");
        }
        Tenants.Pemda province = tenants.require(provinsi, asOf);
        List<RekapProvinsi.Daerah> daerah = new ArrayList<>();
        Rekap<String> programs = new Rekap<>();
        Map<String, String> programNames = new TreeMap<>();
        Map<String, RekapProvinsi.Indikator> indicators = new TreeMap<>();
        List<RekapProvinsi.Total> totals = new ArrayList<>();
        for (Tenants.Pemda kab : tenants.kabupatenKota(provinsi, asOf)) {
            if (!TenantId.of(kab.tenant()).provinsi().code().equals(provinsi)) {
                continue;
            }
            daerah.add(new RekapProvinsi.Daerah(kab.tenant(), kab.name()));
            long pagu = 0;
            long spent = 0;
            List<RataRata.Anggota> means = new ArrayList<>();
            for (String opd : snapshots.opdsWithPk(kab.tenant(), year, asOf)) {
                PkSnapshot pk = snapshots.require(kab.tenant(), opd, year, asOf);
                AnggaranView budget = anggaran.anggaran(pk, Periode.DES);
                pagu = Jumlah.tambah(pagu, budget.opdTotal().pagu());
                spent = Jumlah.tambah(spent, budget.opdTotal().realisasi());
                budget.sasaran().forEach(s -> s.rincian().forEach(p -> {
                    programNames.putIfAbsent(key(p.name()), p.name());
                    programs.tambah(key(p.name()), kab.tenant(), p.pagu(), p.realisasi());
                }));
                CapaianView kinerja = capaian.capaian(pk, Periode.TAHUN);
                for (CapaianView.Baris row : kinerja.indicators()) {
                    indicators.computeIfAbsent(key(row.name()) + "|" + row.unit(),
                                    k -> new RekapProvinsi.Indikator(row.name(), row.unit(), new TreeMap<>()))
                            .perDaerah().putIfAbsent(kab.tenant(), new RekapProvinsi.Kinerja(row.target(),
                                    row.realisasi(), row.capaian(), row.status()));
                    if (row.level().equals("SASARAN")) {
                        means.add(RataRata.Anggota.dari(row.code(), new Capaian(row.status(), row.capaian(),
                                row.catatan())));
                    }
                }
            }
            RataRata mean = RataRata.of(means);
            totals.add(new RekapProvinsi.Total(kab.tenant(), kab.name(), pagu, spent,
                    Serapan.hitung(spent, pagu).orElse(null), mean.rataRata(), mean.dihitung(),
                    mean.jumlahDikecualikan()));
        }
        return new RekapProvinsi(provinsi, province.name(), year, asOf, daerah,
                programNames.entrySet().stream().map(p -> program(p.getValue(), programs.kelompok(p.getKey()))).toList(),
                List.copyOf(indicators.values()), totals,
                rank(totals, RekapProvinsi.Total::serapan), rank(totals, RekapProvinsi.Total::rataRataCapaian));
    }

    /** Competition ranking by the rule book, highest first; daerah without a figure are not ranked. */
    static List<RekapProvinsi.Peringkat> rank(List<RekapProvinsi.Total> totals,
                                              Function<RekapProvinsi.Total, BigDecimal> figure) {
        return Peringkat.urutkan(totals, figure, RekapProvinsi.Total::tenant).stream()
                .map(t -> new RekapProvinsi.Peringkat(t.peringkat(), t.item().tenant(), t.item().name(), t.nilai()))
                .toList();
    }

    private static RekapProvinsi.Program program(String name, Rekap.Kelompok kelompok) {
        Map<String, RekapProvinsi.Anggaran> perDaerah = new TreeMap<>();
        kelompok.perDaerah().forEach((daerah, a) -> perDaerah.put(daerah,
                new RekapProvinsi.Anggaran(a.pagu(), a.realisasi(), a.serapan())));
        return new RekapProvinsi.Program(name, perDaerah, kelompok.total().pagu(), kelompok.total().realisasi(),
                kelompok.total().serapan());
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
