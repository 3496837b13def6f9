package id.kinerja.queryapi.anggaran;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.rulebook.Efisiensi;
import id.kinerja.rulebook.Jumlah;
import id.kinerja.rulebook.Serapan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes a PK's budget up to a month from its facts: rupiah rolled up the cascade and divided once per level
 * (absorption of a program is its rupiah realisation over its rupiah pagu, not a mean of percentages); a sasaran's
 * and the OPD's efisiensi compare their mean capaian (TAHUN) with their absorption.
 */
public final class AnggaranSusun {

    private AnggaranSusun() {
    }

    public static AnggaranView anggaran(FaktaPk fakta, Periode sampai) {
        return anggaran(fakta, sampai, CapaianSusun.capaian(fakta, Periode.TAHUN));
    }

    /**
     * The same, with the year's capaian ({@code CapaianSusun.capaian(fakta, TAHUN)}) already composed by the caller:
     * a recap or a document that shows both composes it once, not once more per budget it shows.
     */
    public static AnggaranView anggaran(FaktaPk fakta, Periode sampai, CapaianView kinerja) {
        PkSnapshot pk = fakta.pk();
        Map<String, Long> spent = sampai(fakta.realisasiAnggaran(), sampai);
        Map<String, Long> planned = sampai(fakta.rencanaAnggaran(), sampai);
        Sums sums = new Sums(pk, spent, planned);
        List<AnggaranView.Baris> sasaran = pk.level("SASARAN").stream().map(s -> {
            List<AnggaranView.Baris> programs = pk.children("PROGRAM", s.code()).stream()
                    .map(p -> sums.line(p, pk.children("KEGIATAN", p.code()).stream()
                            .map(k -> sums.line(k, pk.children("SUB_KEGIATAN", k.code()).stream()
                                    .map(sub -> sums.line(sub, List.of(), null)).toList(), null)).toList(), null))
                    .toList();
            BigDecimal mean = kinerja.sasaran().stream().filter(c -> c.code().equals(s.code())).findFirst()
                    .map(c -> c.rataRata().rataRata()).orElse(null);
            return sums.line(s, programs, mean);
        }).toList();
        long pagu = pk.totalPagu();
        long spentTotal = Jumlah.rupiah(spent.entrySet().stream().filter(e -> pk.pagu().containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue));
        long plannedTotal = Jumlah.rupiah(planned.entrySet().stream().filter(e -> pk.pagu().containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue));
        BigDecimal serapan = Serapan.hitung(spentTotal, pagu).orElse(null);
        BigDecimal mean = kinerja.rataRataOpd().rataRata();
        AnggaranView.Baris total = new AnggaranView.Baris("OPD", pk.opd(), pk.opdName(), pagu, plannedTotal,
                spentTotal, serapan, Serapan.hitung(spentTotal, plannedTotal).orElse(null), mean,
                Efisiensi.hitung(mean, serapan).orElse(null), List.of());
        return new AnggaranView(pk.tenant(), pk.opd(), pk.year(), sampai.name(), pk.asOf(), total, sasaran);
    }

    /** Each sub kegiatan's amounts from January up to and including the month. */
    private static Map<String, Long> sampai(Map<String, Map<Periode, Long>> monthly, Periode month) {
        Map<String, Long> bySub = new HashMap<>();
        monthly.forEach((sub, months) -> bySub.put(sub, Jumlah.sampaiBulan(months, month)));
        return bySub;
    }

    /** Sums of a node's sub kegiatan; children carry their own sums for display. */
    private record Sums(PkSnapshot pk, Map<String, Long> spent, Map<String, Long> planned) {

        AnggaranView.Baris line(PkSnapshot.Node node, List<AnggaranView.Baris> children, BigDecimal capaian) {
            long pagu = pk.paguOf(node.level(), node.code());
            boolean leaf = node.level().equals("SUB_KEGIATAN");
            long realisasi = leaf ? spent.getOrDefault(node.code(), 0L)
                    : Jumlah.rupiah(children.stream().mapToLong(AnggaranView.Baris::realisasi));
            long rencana = leaf ? planned.getOrDefault(node.code(), 0L)
                    : Jumlah.rupiah(children.stream().mapToLong(AnggaranView.Baris::rencana));
            BigDecimal serapan = Serapan.hitung(realisasi, pagu).orElse(null);
            return new AnggaranView.Baris(node.level(), node.code(), node.name(), pagu, rencana, realisasi, serapan,
                    Serapan.hitung(realisasi, rencana).orElse(null), capaian,
                    Efisiensi.hitung(capaian, serapan).orElse(null), children);
        }
    }
}
