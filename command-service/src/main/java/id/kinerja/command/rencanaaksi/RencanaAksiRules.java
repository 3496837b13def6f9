package id.kinerja.command.rencanaaksi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.command.shared.Batas;
import id.kinerja.command.shared.IndicatorRules;
import id.kinerja.command.shared.RuleViolation;
import id.kinerja.rulebook.NilaiTahunan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static id.kinerja.command.shared.RuleViolation.require;

/**
 * The rules of a Rencana Aksi: an indicator's annual target broken into triwulan or monthly targets, which
 * must add up to it under the indicator's {@link PeriodCombination}; and a sub kegiatan's pagu planned month
 * by month, which must add up to the pagu. These are where users' spreadsheets most often disagree with
 * themselves, so every message shows the arithmetic.
 */
public final class RencanaAksiRules {

    private RencanaAksiRules() {
    }

    /** Checks period targets against the annual target and returns their granularity. */
    public static Granularity checkTargets(Indicator indicator, Nilai annual, List<PeriodTarget> targets) {
        require(targets != null && !targets.isEmpty(), "required", "targets", "target per periode wajib diisi");
        require(targets.stream().noneMatch(Objects::isNull), "required", "targets", "baris target per periode tidak boleh kosong");
        Granularity granularity = granularityOf(targets.stream().map(PeriodTarget::period).toList(), "targets");
        List<Nilai> ordered = inCalendarOrder(targets, granularity);
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).target() != null) {
                IndicatorRules.checkValue(indicator, targets.get(i).target(), "targets[" + i + "].target");
            }
        }
        require(ordered.stream().anyMatch(Objects::nonNull), "period-targets-empty", "targets",
                "paling sedikit satu periode harus memiliki target");
        if (!annual.isAngka()) {
            Nilai last = ordered.stream().filter(Objects::nonNull).reduce((a, b) -> b).orElseThrow();
            require(last.sameValueAs(annual), "rencana-aksi-disagrees", "targets", "target periode terakhir ("
                    + last + ") tidak sama dengan target tahunan " + annual);
            return granularity;
        }
        List<BigDecimal> values = ordered.stream().map(n -> n == null ? null : n.angka()).toList();
        PeriodCombination combination = indicator.combination();
        if (combination == PeriodCombination.CUMULATIVE) {
            checkNonDecreasing(values, granularity);
        }
        BigDecimal year = NilaiTahunan.gabung(combination, values, annual.angka().scale()).orElseThrow();
        require(year.compareTo(annual.angka()) == 0, "rencana-aksi-disagrees", "targets",
                explain(combination, values, year, annual.angka(), granularity));
        return granularity;
    }

    /** Checks a sub kegiatan's monthly spending plan against its pagu. */
    public static void checkMonthlyPlan(List<MonthlyAmount> plan, Rupiah pagu) {
        require(plan != null && !plan.isEmpty(), "required", "plan", "rencana anggaran per bulan wajib diisi");
        require(plan.stream().noneMatch(Objects::isNull), "required", "plan", "baris rencana anggaran tidak boleh kosong");
        Granularity granularity = granularityOf(plan.stream().map(MonthlyAmount::month).toList(), "plan");
        require(granularity == Granularity.BULAN, "period-month", "plan", "rencana anggaran disusun per bulan (JAN … DES)");
        Rupiah total = Rupiah.ZERO;
        for (int i = 0; i < plan.size(); i++) {
            Rupiah amount = plan.get(i).amount();
            Batas.checkRupiah(amount, "plan[" + i + "].amount", "jumlah rencana anggaran");
            total = total.plus(amount);
        }
        require(total.equals(pagu), "rencana-anggaran-disagrees", "plan", "jumlah rencana anggaran per bulan ("
                + total.amount() + ") tidak sama dengan pagu sub kegiatan (" + pagu.amount() + ")");
    }

    private static Granularity granularityOf(List<Periode> periods, String field) {
        Set<Periode> seen = EnumSet.noneOf(Periode.class);
        Granularity granularity = null;
        for (int i = 0; i < periods.size(); i++) {
            Periode period = periods.get(i);
            String at = field + "[" + i + "]";
            require(period != null, "required", at + ".period", "periode wajib diisi");
            require(period.granularity() != Granularity.TAHUN, "period-granularity", at + ".period",
                    "rencana aksi dipecah per triwulan (TW1 … TW4) atau per bulan (JAN … DES), bukan TAHUN");
            require(granularity == null || period.granularity() == granularity, "period-mixed", at + ".period",
                    "triwulan dan bulan tidak boleh dicampur dalam satu rencana aksi");
            require(seen.add(period), "period-duplicate", at + ".period", "periode " + period + " disebut dua kali");
            granularity = period.granularity();
        }
        return granularity;
    }

    private static List<Nilai> inCalendarOrder(List<PeriodTarget> targets, Granularity granularity) {
        List<Nilai> ordered = new ArrayList<>();
        for (Periode period : Periode.all(granularity)) {
            // A period may be listed without a target ("TW 1 = -" in 002): map after findFirst, which rejects nulls.
            ordered.add(targets.stream().filter(t -> t.period() == period).findFirst()
                    .map(PeriodTarget::target).orElse(null));
        }
        return ordered;
    }

    private static void checkNonDecreasing(List<BigDecimal> values, Granularity granularity) {
        BigDecimal previous = null;
        List<Periode> periods = Periode.all(granularity);
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i);
            if (value == null) {
                continue;
            }
            if (previous != null && value.compareTo(previous) < 0) {
                throw new RuleViolation("cumulative-decreasing", "targets", "indikator kumulatif tidak boleh turun: "
                        + periods.get(i) + " (" + value.toPlainString() + ") lebih kecil dari periode sebelumnya ("
                        + previous.toPlainString() + ")");
            }
            previous = value;
        }
    }

    private static String explain(PeriodCombination combination, List<BigDecimal> values, BigDecimal year,
                                  BigDecimal annual, Granularity granularity) {
        String periods = granularity == Granularity.TRIWULAN ? "triwulan" : "bulan";
        String shown = values.stream().map(v -> v == null ? "-" : v.toPlainString()).collect(Collectors.joining(", "));
        return switch (combination) {
            case SUM -> "jumlah target per " + periods + " (" + shown + " = " + year.toPlainString()
                    + ") tidak sama dengan target tahunan " + annual.toPlainString() + " (indikator dijumlahkan)";
            case CUMULATIVE -> "target " + periods + " terakhir (" + year.toPlainString()
                    + ") harus sama dengan target tahunan " + annual.toPlainString() + " (indikator kumulatif: " + shown + ")";
            case LEVEL -> "target " + periods + " terakhir yang terisi (" + year.toPlainString()
                    + ") harus sama dengan target tahunan " + annual.toPlainString() + " (indikator tingkat: " + shown + ")";
            case AVERAGE -> "rata-rata target per " + periods + " (" + shown + " → " + year.toPlainString()
                    + ") tidak sama dengan target tahunan " + annual.toPlainString() + " (indikator dirata-rata)";
        };
    }
}
