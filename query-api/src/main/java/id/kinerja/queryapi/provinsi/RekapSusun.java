package id.kinerja.queryapi.provinsi;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.anggaran.AnggaranSusun;
import id.kinerja.queryapi.anggaran.AnggaranView;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.rulebook.Jumlah;
import id.kinerja.rulebook.Peringkat;
import id.kinerja.rulebook.RataRata;
import id.kinerja.rulebook.Rekap;
import id.kinerja.rulebook.Serapan;

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
import java.util.regex.Pattern;

/**
 * Composes a province's roll-up from each kabupaten/kota's PK facts, by the rule book: budgets grouped by program
 * ({@link ProgramKey}: the national nomenclature code, else the name), indicators by name and unit, per-daerah totals
 * with the mean capaian of their sasaran indicators, and competition rankings. Daerah and their PKs are taken in
 * code order, whatever order the source gave them in. Each PK is first summarised on its own ({@link #ringkas}), so a
 * source may keep the summaries of PKs whose facts did not change and compose from them ({@link #susun}).
 */
public final class RekapSusun {

    /** Compiled once: the roll-up keys every indicator row of every PK of the province. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One kabupaten/kota and the facts of each of its OPDs' PK of the year. */
    public record Daerah(String tenant, String name, List<FaktaPk> pk) {
    }

    /** One kabupaten/kota and the summary of each of its OPDs' PK of the year. */
    public record DaerahRingkas(String tenant, String name, List<RingkasanPk> pk) {
    }

    private RekapSusun() {
    }

    public static RekapProvinsi rekap(String provinsi, String name, int year, Instant asOf, List<Daerah> daerah) {
        return susun(provinsi, name, year, asOf, daerah.stream().map(d -> new DaerahRingkas(d.tenant(), d.name(),
                d.pk().stream().map(RekapSusun::ringkas).toList())).toList());
    }

    /** What a PK adds to the roll-up: its year capaian and its budget to December, composed once. */
    public static RingkasanPk ringkas(FaktaPk fakta) {
        CapaianView kinerja = CapaianSusun.capaian(fakta, Periode.TAHUN);
        AnggaranView budget = AnggaranSusun.anggaran(fakta, Periode.DES, kinerja);
        List<RingkasanPk.Program> programs = new ArrayList<>();
        budget.sasaran().forEach(s -> s.rincian().forEach(p -> programs.add(new RingkasanPk.Program(
                ProgramKey.of(fakta.pk().node("PROGRAM", p.code()).map(PkSnapshot.Node::nomenklatur).orElse(null),
                        p.name()), p.pagu(), p.realisasi()))));
        List<RingkasanPk.Indikator> indicators = new ArrayList<>();
        List<RataRata.Anggota> sasaran = new ArrayList<>();
        for (CapaianView.Baris row : kinerja.indicators()) {
            indicators.add(new RingkasanPk.Indikator(indicatorKey(row), row.name(), row.unit(),
                    new RekapProvinsi.Kinerja(row.target(), row.realisasi(), row.capaian(), row.status())));
            if (row.level().equals("SASARAN")) {
                sasaran.add(row.anggota());
            }
        }
        return new RingkasanPk(fakta.pk().opd(), budget.opdTotal().pagu(), budget.opdTotal().realisasi(), programs,
                indicators, sasaran);
    }

    /** The roll-up from the summaries of every PK of each daerah. */
    public static RekapProvinsi susun(String provinsi, String name, int year, Instant asOf,
                                      List<DaerahRingkas> daerah) {
        Rekap<String> programs = new Rekap<>();
        Map<String, ProgramKey> programKeys = new TreeMap<>();
        Map<String, RekapProvinsi.Indikator> indicators = new TreeMap<>();
        List<RekapProvinsi.Total> totals = new ArrayList<>();
        List<DaerahRingkas> ordered = daerah.stream().sorted(Comparator.comparing(DaerahRingkas::tenant)).toList();
        for (DaerahRingkas kab : ordered) {
            long pagu = 0;
            long spent = 0;
            List<RataRata.Anggota> means = new ArrayList<>();
            for (RingkasanPk pk : kab.pk().stream().sorted(Comparator.comparing(RingkasanPk::opd)).toList()) {
                pagu = Jumlah.tambah(pagu, pk.pagu());
                spent = Jumlah.tambah(spent, pk.realisasi());
                for (RingkasanPk.Program p : pk.program()) {
                    programKeys.putIfAbsent(p.key().key(), p.key());
                    programs.tambah(p.key().key(), kab.tenant(), p.pagu(), p.realisasi());
                }
                for (RingkasanPk.Indikator row : pk.indikator()) {
                    indicators.computeIfAbsent(row.key(), k -> new RekapProvinsi.Indikator(row.name(), row.unit(),
                            new TreeMap<>())).perDaerah().putIfAbsent(kab.tenant(), row.kinerja());
                }
                means.addAll(pk.sasaran());
            }
            RataRata mean = RataRata.of(means);
            totals.add(new RekapProvinsi.Total(kab.tenant(), kab.name(), pagu, spent,
                    Serapan.hitung(spent, pagu).orElse(null), mean.rataRata(), mean.dihitung(),
                    mean.jumlahDikecualikan()));
        }
        return new RekapProvinsi(provinsi, name, year, asOf,
                ordered.stream().map(d -> new RekapProvinsi.Daerah(d.tenant(), d.name())).toList(),
                programKeys.values().stream().map(p -> program(p, programs.kelompok(p.key()))).toList(),
                List.copyOf(indicators.values()), totals, rank(totals, RekapProvinsi.Total::serapan),
                rank(totals, RekapProvinsi.Total::rataRataCapaian));
    }

    private static String indicatorKey(CapaianView.Baris row) {
        return (row.name() == null ? "" : SPACES.matcher(row.name().trim()).replaceAll(" ").toUpperCase(Locale.ROOT))
                + "|" + row.unit();
    }

    private static List<RekapProvinsi.Peringkat> rank(List<RekapProvinsi.Total> totals,
                                                      Function<RekapProvinsi.Total, BigDecimal> figure) {
        return Peringkat.urutkan(totals, figure, RekapProvinsi.Total::tenant).stream()
                .map(t -> new RekapProvinsi.Peringkat(t.peringkat(), t.item().tenant(), t.item().name(), t.nilai()))
                .toList();
    }

    private static RekapProvinsi.Program program(ProgramKey key, Rekap.Kelompok kelompok) {
        Map<String, RekapProvinsi.Anggaran> perDaerah = new LinkedHashMap<>();
        kelompok.perDaerah().forEach((daerah, a) -> perDaerah.put(daerah,
                new RekapProvinsi.Anggaran(a.pagu(), a.realisasi(), a.serapan())));
        return new RekapProvinsi.Program(key.code(), key.matchedBy(), key.name(), perDaerah, kelompok.total().pagu(),
                kelompok.total().realisasi(), kelompok.total().serapan());
    }
}
