package id.kinerja.query.capaian;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.query.rencanaaksi.RencanaAksiReads;
import id.kinerja.query.renstra.RenstraReads;
import id.kinerja.rulebook.Capaian;
import id.kinerja.rulebook.NilaiTahunan;
import id.kinerja.rulebook.RataRata;
import id.kinerja.rulebook.Realisasi;
import id.kinerja.rulebook.TingkatKemajuan;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes capaian from the read models; nothing computed is stored, so a corrected realisasi or an amended target
 * changes every figure as of the moment it was recorded and no earlier.
 * <p>
 * The period's target is the PK target for TAHUN and the Rencana Aksi target otherwise. The year's realisasi is
 * the one recorded for TAHUN, or else the triwulan (or monthly) values combined by the indicator's
 * {@link PeriodCombination}; one pending period makes the year pending.
 */
@Component
public class CapaianQueries {

    private final RealisasiReads realisasi;
    private final RencanaAksiReads rencanaAksi;
    private final RenstraReads renstra;

    public CapaianQueries(RealisasiReads realisasi, RencanaAksiReads rencanaAksi, RenstraReads renstra) {
        this.realisasi = realisasi;
        this.rencanaAksi = rencanaAksi;
        this.renstra = renstra;
    }

    public CapaianView capaian(PkSnapshot pk, Periode period) {
        Map<String, Map<Periode, Realisasi>> values = realisasi.realisasi(pk.tenant(), pk.opd(), pk.year(), pk.asOf());
        Map<String, Optional<RencanaAksiReads.PeriodTarget>> periodTargets = period == Periode.TAHUN ? Map.of()
                : rencanaAksi.targets(pk.tenant(), pk.opd(), pk.year(), period, pk.asOf());
        Map<String, Nilai> endTargets = period == Periode.TAHUN
                ? renstra.endTargets(pk.tenant(), pk.opd(), pk.renstraPeriod(), pk.asOf()) : Map.of();
        Pembanding pembanding = period == Periode.TAHUN ? pembanding(pk) : Pembanding.NONE;
        List<CapaianView.Baris> rows = new ArrayList<>();
        for (PkSnapshot.Indikator indikator : pk.indicators()) {
            Optional<RencanaAksiReads.PeriodTarget> planned = periodTargets.getOrDefault(indikator.code(),
                    Optional.empty());
            Nilai target = period == Periode.TAHUN ? target(pk, indikator.code())
                    : planned.map(RencanaAksiReads.PeriodTarget::target).orElse(null);
            Realisasi value = realisasiOf(indikator, values.getOrDefault(indikator.code(), Map.of()), period);
            rows.add(row(indikator, target, value, endTargets.get(indikator.code()),
                    planned.map(RencanaAksiReads.PeriodTarget::responsible).orElse(null),
                    pembanding.tahunLalu(indikator), pembanding.standar().get(indikator.code())));
        }
        List<CapaianView.Sasaran> sasaran = pk.level("SASARAN").stream().map(s -> new CapaianView.Sasaran(s.code(),
                s.name(), RataRata.of(rows.stream().filter(r -> r.level().equals("SASARAN")
                        && r.nodeCode().equals(s.code())).map(CapaianQueries::anggota).toList()))).toList();
        RataRata opd = RataRata.of(rows.stream().filter(r -> r.level().equals("SASARAN"))
                .map(CapaianQueries::anggota).toList());
        return new CapaianView(pk.tenant(), pk.opd(), pk.year(), period.name(), pk.asOf(), CapaianView.RULE, rows,
                sasaran, opd);
    }

    /**
     * What the year is compared with: last year's realisasi — the platform's own PK of that year if it has one,
     * else as reported in the Renstra — and the national standard.
     */
    private record Pembanding(Map<String, Map<Periode, Realisasi>> lastYear,
                              Map<String, RenstraReads.Pembanding> reported,
                              Map<String, RenstraReads.Pembanding> standar) {

        static final Pembanding NONE = new Pembanding(Map.of(), Map.of(), Map.of());

        Nilai tahunLalu(PkSnapshot.Indikator indikator) {
            Realisasi recorded = realisasiOf(indikator, lastYear.getOrDefault(indikator.code(), Map.of()),
                    Periode.TAHUN);
            if (recorded != null && !recorded.pending()) {
                return recorded.value();
            }
            RenstraReads.Pembanding earlier = reported.get(indikator.code());
            return earlier == null ? null : earlier.value();
        }
    }

    private Pembanding pembanding(PkSnapshot pk) {
        return new Pembanding(realisasi.realisasi(pk.tenant(), pk.opd(), pk.year() - 1, pk.asOf()),
                renstra.pembanding(pk.tenant(), pk.opd(), pk.renstraPeriod(), RenstraReads.REALISASI, pk.year() - 1,
                        pk.asOf()),
                renstra.pembanding(pk.tenant(), pk.opd(), pk.renstraPeriod(), RenstraReads.STANDAR_NASIONAL,
                        pk.year(), pk.asOf()));
    }

    private static CapaianView.Baris row(PkSnapshot.Indikator indikator, Nilai target, Realisasi value,
                                         Nilai endTarget, String penanggungJawab, Nilai tahunLalu,
                                         RenstraReads.Pembanding standar) {
        Polarity polarity = Polarity.valueOf(indikator.polarity());
        Nilai realisasi = value == null ? null : value.value();
        Capaian capaian = Capaian.hitung(polarity, target, value);
        return new CapaianView.Baris(indikator.level(), indikator.nodeCode(), indikator.code(), indikator.name(),
                indikator.unit(), indikator.polarity(), target, realisasi, capaian.status(),
                value == null ? null : value.pendingReason(), value == null ? null : value.correctionReason(),
                capaian.persen(), capaian.catatan(), capaian.keterangan(), capaian.kategori(), endTarget,
                TingkatKemajuan.hitung(polarity, realisasi, endTarget).orElse(null), penanggungJawab, tahunLalu,
                standar == null ? null : standar.value(), standar == null ? null : standar.source());
    }

    private static RataRata.Anggota anggota(CapaianView.Baris row) {
        return RataRata.Anggota.dari(row.code(), new Capaian(row.status(), row.capaian(), row.catatan()));
    }

    private static Nilai target(PkSnapshot pk, String indicator) {
        PkSnapshot.Target target = pk.targets().get(indicator);
        return target == null ? null : target.value();
    }

    /** The period's realisasi; for TAHUN without its own value, the periods combined by the rule book. */
    static Realisasi realisasiOf(PkSnapshot.Indikator indikator, Map<Periode, Realisasi> values, Periode period) {
        return NilaiTahunan.realisasi(indikator.combination() == null ? null
                : PeriodCombination.valueOf(indikator.combination()), values, period);
    }
}
