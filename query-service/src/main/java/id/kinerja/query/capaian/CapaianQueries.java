package id.kinerja.query.capaian;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.query.realisasi.RealisasiReads.Realisasi;
import id.kinerja.query.rencanaaksi.RencanaAksiReads;
import id.kinerja.query.renstra.RenstraReads;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
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
                        && r.nodeCode().equals(s.code())).map(CapaianQueries::nilai).toList()))).toList();
        RataRata opd = RataRata.of(rows.stream().filter(r -> r.level().equals("SASARAN"))
                .map(CapaianQueries::nilai).toList());
        return new CapaianView(pk.tenant(), pk.opd(), pk.year(), period.name(), pk.asOf(), CapaianView.RULE, rows,
                sasaran, opd);
    }

    /**
     * The row the indicator would show for the period if its realisasi were {@code value} (null: none yet): the same
     * target and rules as {@link #capaian}, nothing stored. The portal asks this while a user types.
     */
    public Optional<CapaianView.Baris> pratinjau(PkSnapshot pk, Periode period, String indicatorCode, Nilai value) {
        Optional<PkSnapshot.Indikator> found = pk.indicators().stream()
                .filter(i -> i.code().equals(indicatorCode)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<RencanaAksiReads.PeriodTarget> planned = period == Periode.TAHUN ? Optional.empty()
                : rencanaAksi.targets(pk.tenant(), pk.opd(), pk.year(), period, pk.asOf())
                .getOrDefault(indicatorCode, Optional.empty());
        Nilai target = period == Periode.TAHUN ? target(pk, indicatorCode)
                : planned.map(RencanaAksiReads.PeriodTarget::target).orElse(null);
        return Optional.of(row(found.get(), target, value == null ? null : new Realisasi(value, null, null), null,
                planned.map(RencanaAksiReads.PeriodTarget::responsible).orElse(null), null, null));
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
        String status;
        BigDecimal capaian = null;
        BigDecimal kemajuan = null;
        if (target == null || (target.isAngka() && target.angka().signum() == 0)) {
            status = "TANPA_TARGET";
        } else if (value == null) {
            status = "BELUM_ADA";
        } else if (value.pending()) {
            status = "PENDING";
        } else {
            status = "ADA";
            capaian = Capaian.of(polarity, target.numeric(), realisasi.numeric()).orElse(null);
        }
        if (realisasi != null && endTarget != null) {
            kemajuan = TingkatKemajuan.of(polarity, realisasi.numeric(), endTarget.numeric()).orElse(null);
        }
        return new CapaianView.Baris(indikator.level(), indikator.nodeCode(), indikator.code(), indikator.name(),
                indikator.unit(), indikator.polarity(), target, realisasi, status,
                value == null ? null : value.pendingReason(), value == null ? null : value.correctionReason(),
                capaian, capaian == null ? null : Keterangan.of(capaian), capaian == null ? null : Kategori.of(capaian),
                endTarget, kemajuan, penanggungJawab, tahunLalu, standar == null ? null : standar.value(),
                standar == null ? null : standar.source());
    }

    private static RataRata.Nilai nilai(CapaianView.Baris row) {
        String why = switch (row.status()) {
            case "PENDING" -> "pending: " + row.pendingReason();
            case "BELUM_ADA" -> "belum ada realisasi";
            case "TANPA_TARGET" -> "tidak ada target";
            default -> null;
        };
        return new RataRata.Nilai(row.code(), row.capaian(), why);
    }

    private static Nilai target(PkSnapshot pk, String indicator) {
        PkSnapshot.Target target = pk.targets().get(indicator);
        return target == null ? null : target.value();
    }

    /** The period's realisasi; for TAHUN without its own value, the periods combined. */
    static Realisasi realisasiOf(PkSnapshot.Indikator indikator, Map<Periode, Realisasi> values, Periode period) {
        Realisasi direct = values.get(period);
        if (direct != null || period != Periode.TAHUN) {
            return direct;
        }
        for (Periode.Granularity granularity : List.of(Periode.Granularity.TRIWULAN, Periode.Granularity.BULAN)) {
            List<Realisasi> parts = Periode.all(granularity).stream().map(values::get).toList();
            if (parts.stream().allMatch(p -> p == null)) {
                continue;
            }
            Optional<Realisasi> pending = parts.stream().filter(p -> p != null && p.pending()).findFirst();
            if (pending.isPresent()) {
                return pending.get();
            }
            List<Realisasi> present = parts.stream().filter(p -> p != null).toList();
            if (present.stream().anyMatch(p -> !p.value().isAngka())) {
                return present.get(present.size() - 1);
            }
            PeriodCombination combination = indikator.combination() == null ? PeriodCombination.LEVEL
                    : PeriodCombination.valueOf(indikator.combination());
            List<BigDecimal> numbers = parts.stream().map(p -> p == null ? null : p.value().angka()).toList();
            return combination.yearValue(numbers, Persen.SCALE)
                    .map(v -> new Realisasi(Nilai.of(v), null, null)).orElse(null);
        }
        return null;
    }
}
