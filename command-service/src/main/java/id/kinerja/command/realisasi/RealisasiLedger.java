package id.kinerja.command.realisasi;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.command.shared.Batas;
import id.kinerja.command.shared.DomainClock;
import id.kinerja.command.shared.IndicatorRules;
import id.kinerja.command.shared.RuleViolation;
import id.kinerja.rulebook.Rumus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;

/**
 * What a performance year actually achieved: each indicator's realisasi per period (a value, or pending with
 * a reason) and each sub kegiatan's spending per month. Part of the Perjanjian Kinerja aggregate; it decides
 * whether a recording or correction is allowed and keeps the state those decisions need.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class RealisasiLedger {

    public record Entry(Nilai value, String pendingReason) {
        public boolean pending() {
            return value == null;
        }
    }

    private record Measured(Nilai value, String pendingReason, Map<String, BigDecimal> components, String formula) {
    }

    private Map<String, Map<Periode, Entry>> realisasi = new HashMap<>();
    private Map<String, Map<Periode, Rupiah>> spending = new HashMap<>();

    /**
     * @param planned the granularity of the indicator's Rencana Aksi, or null when it has none
     */
    public RealisasiRecorded decide(PerjanjianKinerjaId pk, RecordRealisasi command, Indicator indicator, Granularity planned,
                                    LocalDate lewatTenggat) {
        checkPeriod(pk, command.indicatorCode(), command.period(), planned);
        Entry existing = entries(command.indicatorCode()).get(command.period());
        require(existing == null || existing.pending(), "realisasi-exists", "period", "realisasi " + indicator.code()
                + " periode " + command.period() + " sudah tercatat; ubah dengan koreksi beserta alasannya");
        Measured measured = measure(indicator, command.value(), command.pendingReason(), command.components());
        if (command.statedValue() != null) {
            IndicatorRules.checkValue(indicator, command.statedValue(), "statedValue");
        }
        Nilai stated = command.statedValue() == null || command.statedValue().sameValueAs(measured.value())
                ? null : command.statedValue();
        return new RealisasiRecorded(pk, indicator.code(), command.period(), measured.value(), measured.pendingReason(),
                measured.components(), measured.formula(), stated, lewatTenggat);
    }

    public RealisasiCorrected decide(PerjanjianKinerjaId pk, CorrectRealisasi command, Indicator indicator,
                                     LocalDate lewatTenggat) {
        require(command.period() != null, "required", "period", "periode wajib diisi");
        Entry existing = entries(command.indicatorCode()).get(command.period());
        require(existing != null, "realisasi-missing", "period", "belum ada realisasi " + indicator.code()
                + " periode " + command.period() + " untuk dikoreksi");
        requireText(command.reason(), "reason", "alasan koreksi");
        Measured measured = measure(indicator, command.value(), command.pendingReason(), command.components());
        boolean unchanged = existing.pending() ? measured.value() == null : existing.value().sameValueAs(measured.value());
        require(!unchanged, "correction-unchanged", "value", "koreksi tidak mengubah nilai realisasi");
        return new RealisasiCorrected(pk, indicator.code(), command.period(), measured.value(), measured.pendingReason(),
                measured.components(), measured.formula(), existing.value(), command.reason().trim(),
                lewatTenggat);
    }

    public RealisasiAnggaranRecorded decide(PerjanjianKinerjaId pk, RecordRealisasiAnggaran command, Rupiah pagu,
                                            LocalDate lewatTenggat) {
        checkMonth(pk, command.month());
        checkAmount(command.amount());
        require(!months(command.subKegiatanCode()).containsKey(command.month()), "realisasi-anggaran-exists", "month",
                "realisasi anggaran bulan " + command.month() + " sudah tercatat; ubah dengan koreksi beserta alasannya");
        checkWithinPagu(spent(command.subKegiatanCode()).plus(command.amount()), pagu);
        return new RealisasiAnggaranRecorded(pk, command.subKegiatanCode(), command.month(), command.amount(),
                lewatTenggat);
    }

    public RealisasiAnggaranCorrected decide(PerjanjianKinerjaId pk, CorrectRealisasiAnggaran command, Rupiah pagu,
                                             LocalDate lewatTenggat) {
        Rupiah previous = command.month() == null ? null : months(command.subKegiatanCode()).get(command.month());
        require(previous != null, "realisasi-anggaran-missing", "month",
                "belum ada realisasi anggaran bulan " + command.month() + " untuk dikoreksi");
        checkAmount(command.amount());
        requireText(command.reason(), "reason", "alasan koreksi");
        require(!previous.equals(command.amount()), "correction-unchanged", "amount", "koreksi tidak mengubah jumlah");
        checkWithinPagu(spent(command.subKegiatanCode()).minus(previous).plus(command.amount()), pagu);
        return new RealisasiAnggaranCorrected(pk, command.subKegiatanCode(), command.month(), command.amount(), previous,
                command.reason().trim(), lewatTenggat);
    }

    /** Everything a sub kegiatan has spent so far in the year. */
    public Rupiah spent(String subKegiatanCode) {
        return months(subKegiatanCode).values().stream().reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public void on(RealisasiRecorded event) {
        store(event.indicatorCode(), event.period(), new Entry(event.value(), event.pendingReason()));
    }

    public void on(RealisasiCorrected event) {
        store(event.indicatorCode(), event.period(), new Entry(event.value(), event.pendingReason()));
    }

    public void on(RealisasiAnggaranRecorded event) {
        spending.computeIfAbsent(event.subKegiatanCode(), c -> new EnumMap<>(Periode.class)).put(event.month(), event.amount());
    }

    public void on(RealisasiAnggaranCorrected event) {
        spending.computeIfAbsent(event.subKegiatanCode(), c -> new EnumMap<>(Periode.class)).put(event.month(), event.amount());
    }

    private void store(String indicatorCode, Periode period, Entry entry) {
        realisasi.computeIfAbsent(indicatorCode, c -> new EnumMap<>(Periode.class)).put(period, entry);
    }

    private void checkPeriod(PerjanjianKinerjaId pk, String indicatorCode, Periode period, Granularity planned) {
        require(period != null, "required", "period", "periode wajib diisi");
        if (period.granularity() != Granularity.TAHUN) {
            Granularity expected = planned != null ? planned : recordedGranularity(indicatorCode);
            if (expected != null && expected != period.granularity()) {
                throw new RuleViolation("period-granularity", "period", "realisasi " + indicatorCode + " dicatat per "
                        + expected.name().toLowerCase() + " (atau TAHUN), sesuai rencana aksinya");
            }
        }
        require(!period.firstDay(pk.year()).isAfter(DomainClock.today()), "period-future", "period",
                "periode " + period + " " + pk.year() + " belum dimulai");
    }

    private void checkMonth(PerjanjianKinerjaId pk, Periode month) {
        require(month != null && month.granularity() == Granularity.BULAN, "period-month", "month",
                "realisasi anggaran dicatat per bulan (JAN … DES)");
        require(!month.firstDay(pk.year()).isAfter(DomainClock.today()), "period-future", "month",
                "bulan " + month + " " + pk.year() + " belum dimulai");
    }

    private static void checkAmount(Rupiah amount) {
        Batas.checkRupiah(amount, "amount", "jumlah realisasi anggaran");
    }

    private static void checkWithinPagu(Rupiah total, Rupiah pagu) {
        require(!total.exceeds(pagu), "realisasi-exceeds-pagu", "amount", "realisasi anggaran kumulatif ("
                + total.amount() + ") melebihi pagu sub kegiatan (" + pagu.amount() + ")");
    }

    private Granularity recordedGranularity(String indicatorCode) {
        return entries(indicatorCode).keySet().stream().map(Periode::granularity)
                .filter(g -> g != Granularity.TAHUN).findFirst().orElse(null);
    }

    /** The value a recording or correction stores: given directly, computed from components, or pending. */
    private static Measured measure(Indicator indicator, Nilai value, String pendingReason, Map<String, BigDecimal> components) {
        Map<String, BigDecimal> given = components == null ? Map.of() : components;
        boolean pending = pendingReason != null && !pendingReason.isBlank();
        if (pending) {
            require(value == null && given.isEmpty(), "value-or-pending", "pendingReason",
                    "realisasi yang menunggu (pending) tidak memiliki nilai maupun komponen");
            return new Measured(null, pendingReason.trim(), Map.of(), null);
        }
        if (indicator.hasFormula()) {
            require(value == null, "value-computed", "value", "nilai indikator " + indicator.code()
                    + " dihitung dengan rumus " + indicator.formula() + ": kirim komponennya, bukan nilainya");
            require(!given.isEmpty(), "components-required", "components", "komponen rumus "
                    + indicator.formula() + " wajib diisi " + indicator.formula().components()
                    + ", atau catat sebagai pending beserta alasannya");
            given.forEach((name, component) -> {
                require(component != null, "components-invalid", "components." + name, "komponen '" + name
                        + "' wajib berisi angka");
                Batas.check(component, Batas.Jenis.KOMPONEN, "components." + name);
            });
            List<String> problems = Rumus.masalah(indicator.formula(), given);
            require(problems.isEmpty(), "components-invalid", "components", String.join("; ", problems));
            Nilai computed = Nilai.of(Rumus.hitung(indicator.formula(), given));
            IndicatorRules.checkValue(indicator, computed, "components");
            return new Measured(computed, null, new TreeMap<>(given), indicator.formula().id());
        }
        require(value != null, "value-or-pending", "value",
                "isi nilai realisasi, atau catat sebagai pending beserta alasannya");
        require(given.isEmpty(), "components-unexpected", "components",
                "indikator " + indicator.code() + " tidak dihitung dengan rumus; komponen tidak dipakai");
        IndicatorRules.checkValue(indicator, value, "value");
        return new Measured(value, null, Map.of(), null);
    }

    /** The realisasi of an indicator in a period (value, or pending with its reason), if recorded. */
    public Optional<Entry> realisasi(String indicatorCode, Periode period) {
        return Optional.ofNullable(entries(indicatorCode).get(period));
    }

    /** Every indicator with a realisasi in the period, by code. */
    public Map<String, Entry> recordedIn(Periode period) {
        Map<String, Entry> recorded = new TreeMap<>();
        realisasi.forEach((code, periods) -> {
            Entry entry = periods.get(period);
            if (entry != null) {
                recorded.put(code, entry);
            }
        });
        return recorded;
    }

    public boolean hasSpending(String subKegiatanCode, Periode month) {
        return months(subKegiatanCode).containsKey(month);
    }

    /** Whether anything was recorded for the period (for TAHUN: for any period of the year). */
    public boolean hasRealisasiFor(Periode period) {
        return realisasi.values().stream().anyMatch(periods -> period == Periode.TAHUN ? !periods.isEmpty()
                : periods.containsKey(period));
    }

    private Map<Periode, Entry> entries(String indicatorCode) {
        return realisasi.getOrDefault(indicatorCode, Map.of());
    }

    private Map<Periode, Rupiah> months(String subKegiatanCode) {
        return spending.getOrDefault(subKegiatanCode, Map.of());
    }
}
