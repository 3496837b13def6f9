package id.kinerja.query.anggaran;

import id.kinerja.api.common.Periode;
import id.kinerja.query.capaian.CapaianQueries;
import id.kinerja.query.capaian.CapaianView;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.query.rencanaaksi.RencanaAksiReads;
import id.kinerja.rulebook.Efisiensi;
import id.kinerja.rulebook.Jumlah;
import id.kinerja.rulebook.Serapan;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Rolls rupiah up the cascade and divides once per level (absorption of a program is its rupiah realisation over
 * its rupiah pagu, not a mean of percentages). Efisiensi compares a sasaran's mean capaian (TAHUN) with its
 * absorption.
 */
@Component
public class AnggaranQueries {

    private final RealisasiReads realisasi;
    private final RencanaAksiReads rencana;
    private final CapaianQueries capaian;

    public AnggaranQueries(RealisasiReads realisasi, RencanaAksiReads rencana, CapaianQueries capaian) {
        this.realisasi = realisasi;
        this.rencana = rencana;
        this.capaian = capaian;
    }

    public AnggaranView anggaran(PkSnapshot pk, Periode sampai) {
        Map<String, Long> spent = realisasi.anggaranSampai(pk.tenant(), pk.opd(), pk.year(), sampai, pk.asOf());
        Map<String, Long> planned = rencana.anggaranSampai(pk.tenant(), pk.opd(), pk.year(), sampai, pk.asOf());
        CapaianView kinerja = capaian.capaian(pk, Periode.TAHUN);
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

    /** Sums of a node's sub kegiatan; children carry their own sums for display. */
    private record Sums(PkSnapshot pk, Map<String, Long> spent, Map<String, Long> planned) {

        AnggaranView.Baris line(PkSnapshot.Node node, List<AnggaranView.Baris> children, BigDecimal capaian) {
            long pagu = pk.paguOf(node.level(), node.code());
            long realisasi = node.level().equals("SUB_KEGIATAN") ? spent.getOrDefault(node.code(), 0L)
                    : Jumlah.rupiah(children.stream().mapToLong(AnggaranView.Baris::realisasi));
            long rencana = node.level().equals("SUB_KEGIATAN") ? planned.getOrDefault(node.code(), 0L)
                    : Jumlah.rupiah(children.stream().mapToLong(AnggaranView.Baris::rencana));
            BigDecimal serapan = Serapan.hitung(realisasi, pagu).orElse(null);
            return new AnggaranView.Baris(node.level(), node.code(), node.name(), pagu, rencana, realisasi, serapan,
                    Serapan.hitung(realisasi, rencana).orElse(null), capaian,
                    Efisiensi.hitung(capaian, serapan).orElse(null), children);
        }
    }
}
