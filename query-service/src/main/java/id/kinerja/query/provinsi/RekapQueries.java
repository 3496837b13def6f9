package id.kinerja.query.provinsi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.nomenklatur.Nomenklatur;
import id.kinerja.query.anggaran.AnggaranQueries;
import id.kinerja.query.anggaran.AnggaranView;
import id.kinerja.query.capaian.CapaianQueries;
import id.kinerja.query.capaian.CapaianView;
import id.kinerja.query.capaian.RataRata;
import id.kinerja.query.capaian.Serapan;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.InvalidParameter;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the province roll-up from each kabupaten/kota's PKs as of the asked time. Programs are matched by their
 * national nomenclature code (each daerah numbers its own P01, P02 …), by name where no code is known
 * ({@link ProgramKey}); indicators by name and unit. A province reads only its own kabupaten/kota: those whose code
 * starts with it.
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
        Map<String, ProgramSums> programs = new TreeMap<>();
        Map<String, RekapProvinsi.Indikator> indicators = new TreeMap<>();
        List<RekapProvinsi.Total> totals = new ArrayList<>();
        for (Tenants.Pemda kab : tenants.kabupatenKota(provinsi, asOf)) {
            if (!TenantId.of(kab.tenant()).provinsi().code().equals(provinsi)) {
                continue;
            }
            daerah.add(new RekapProvinsi.Daerah(kab.tenant(), kab.name()));
            long pagu = 0;
            long spent = 0;
            List<RataRata.Nilai> means = new ArrayList<>();
            for (String opd : snapshots.opdsWithPk(kab.tenant(), year, asOf)) {
                PkSnapshot pk = snapshots.require(kab.tenant(), opd, year, asOf);
                AnggaranView budget = anggaran.anggaran(pk, Periode.DES);
                pagu += budget.opdTotal().pagu();
                spent += budget.opdTotal().realisasi();
                budget.sasaran().forEach(s -> s.rincian().forEach(p -> {
                    ProgramKey key = ProgramKey.of(pk.node("PROGRAM", p.code()).map(PkSnapshot.Node::nomenklatur)
                            .orElse(null), p.name());
                    programs.computeIfAbsent(key.key(), k -> new ProgramSums(key))
                            .add(kab.tenant(), p.pagu(), p.realisasi());
                }));
                CapaianView kinerja = capaian.capaian(pk, Periode.TAHUN);
                for (CapaianView.Baris row : kinerja.indicators()) {
                    indicators.computeIfAbsent(key(row.name()) + "|" + row.unit(),
                                    k -> new RekapProvinsi.Indikator(row.name(), row.unit(), new TreeMap<>()))
                            .perDaerah().putIfAbsent(kab.tenant(), new RekapProvinsi.Kinerja(row.target(),
                                    row.realisasi(), row.capaian(), row.status()));
                    if (row.level().equals("SASARAN")) {
                        means.add(new RataRata.Nilai(row.code(), row.capaian(), row.status()));
                    }
                }
            }
            RataRata mean = RataRata.of(means);
            totals.add(new RekapProvinsi.Total(kab.tenant(), kab.name(), pagu, spent,
                    Serapan.of(spent, pagu).orElse(null), mean.rataRata(), mean.dihitung(),
                    mean.jumlahDikecualikan()));
        }
        return new RekapProvinsi(provinsi, province.name(), year, asOf, daerah,
                programs.values().stream().map(ProgramSums::view).toList(), List.copyOf(indicators.values()), totals,
                rank(totals, RekapProvinsi.Total::serapan), rank(totals, RekapProvinsi.Total::rataRataCapaian));
    }

    /** Competition ranking, highest first; daerah without a figure are not ranked. */
    static List<RekapProvinsi.Peringkat> rank(List<RekapProvinsi.Total> totals,
                                              Function<RekapProvinsi.Total, BigDecimal> figure) {
        List<RekapProvinsi.Total> ranked = totals.stream().filter(t -> figure.apply(t) != null)
                .sorted(Comparator.comparing(figure).reversed().thenComparing(RekapProvinsi.Total::tenant)).toList();
        List<RekapProvinsi.Peringkat> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            BigDecimal value = figure.apply(ranked.get(i));
            int place = i > 0 && value.compareTo(result.get(i - 1).nilai()) == 0 ? result.get(i - 1).peringkat() : i + 1;
            result.add(new RekapProvinsi.Peringkat(place, ranked.get(i).tenant(), ranked.get(i).name(), value));
        }
        return result;
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /**
     * How a program is lined up across daerah: its national code as recorded, else the code the catalogue knows for
     * its name (events recorded before codes existed), else its name with case, punctuation and spacing ignored.
     */
    record ProgramKey(String key, String code, String matchedBy, String name) {

        static ProgramKey of(String recorded, String name) {
            String code = recorded != null ? recorded : Nomenklatur.catalogue()
                    .lookup(Nomenklatur.Level.PROGRAM, null, name).found().map(Nomenklatur.Entry::code).orElse(null);
            if (code != null) {
                String national = Nomenklatur.catalogue().entry(code).map(Nomenklatur.Entry::name).orElse(name);
                return new ProgramKey("kode:" + code, code, "KODE", national);
            }
            return new ProgramKey("nama:" + Nomenklatur.normalised(name), null, "NAMA", name);
        }
    }

    private static final class ProgramSums {
        private final ProgramKey key;
        private final Map<String, long[]> perDaerah = new LinkedHashMap<>();

        ProgramSums(ProgramKey key) {
            this.key = key;
        }

        void add(String tenant, long pagu, long realisasi) {
            long[] sums = perDaerah.computeIfAbsent(tenant, t -> new long[2]);
            sums[0] += pagu;
            sums[1] += realisasi;
        }

        RekapProvinsi.Program view() {
            Map<String, RekapProvinsi.Anggaran> byDaerah = new TreeMap<>();
            long pagu = 0;
            long realisasi = 0;
            for (Map.Entry<String, long[]> e : perDaerah.entrySet()) {
                byDaerah.put(e.getKey(), new RekapProvinsi.Anggaran(e.getValue()[0], e.getValue()[1],
                        Serapan.of(e.getValue()[1], e.getValue()[0]).orElse(null)));
                pagu += e.getValue()[0];
                realisasi += e.getValue()[1];
            }
            return new RekapProvinsi.Program(key.code(), key.matchedBy(), key.name(), byDaerah, pagu, realisasi,
                    Serapan.of(realisasi, pagu).orElse(null));
        }
    }
}
