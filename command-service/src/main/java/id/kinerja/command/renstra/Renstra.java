package id.kinerja.command.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.renstra.AddSasaranStrategis;
import id.kinerja.api.renstra.AddTujuan;
import id.kinerja.api.renstra.DeclareRenstra;
import id.kinerja.api.renstra.RenstraDeclared;
import id.kinerja.api.renstra.RenstraEndTargetSet;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.RealisasiTahunanRecorded;
import id.kinerja.api.renstra.RecordRealisasiTahunan;
import id.kinerja.api.renstra.RenstraTargetSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SasaranStrategisAdded;
import id.kinerja.api.renstra.SetRenstraEndTarget;
import id.kinerja.api.renstra.SetRenstraTarget;
import id.kinerja.api.renstra.SetStandarNasional;
import id.kinerja.api.renstra.StandarNasionalSet;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.api.renstra.TujuanAdded;
import id.kinerja.command.shared.IndicatorRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;
import static id.kinerja.command.shared.Texts.hasText;
import static id.kinerja.command.shared.Texts.trimmed;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A perangkat daerah's Renstra: its tujuan, the sasaran strategis under them, the indicators (IKU) that
 * measure both, a target per year of the period and the target for the period's end.
 */
@Aggregate
public class Renstra {

    /** RPJMD periods run five years; some Renstra print a sixth, transitional year (2021–2026). */
    static final int LONGEST_PERIOD_YEARS = 6;

    @AggregateIdentifier
    private RenstraId id;
    private final Map<String, Tujuan> tujuan = new LinkedHashMap<>();
    private final Map<String, SasaranStrategis> sasaran = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Map<Integer, Nilai>> targets = new HashMap<>();
    private final Map<String, Nilai> endTargets = new HashMap<>();
    private final Map<String, Map<Integer, Nilai>> realisasi = new HashMap<>();
    private final Map<String, Map<Integer, Nilai>> standarNasional = new HashMap<>();

    protected Renstra() {
    }

    /** Created by {@link RenstraDeclaration}, which checks that the perangkat daerah is registered. */
    Renstra(DeclareRenstra command) {
        RenstraId renstra = command.renstra();
        require(renstra.lastYear() >= renstra.firstYear(), "period-order", "lastYear",
                "tahun akhir Renstra tidak boleh sebelum tahun awal");
        require(renstra.lastYear() - renstra.firstYear() < LONGEST_PERIOD_YEARS, "period-length", "lastYear",
                "periode Renstra paling lama " + LONGEST_PERIOD_YEARS + " tahun");
        apply(new RenstraDeclared(renstra));
    }

    @CommandHandler
    void handle(AddTujuan command) {
        Tujuan added = command.tujuan();
        require(added != null, "required", "tujuan", "tujuan wajib diisi");
        requireText(added.code(), "code", "kode tujuan");
        require(!tujuan.containsKey(added.code()), "code-taken", "code", "tujuan '" + added.code() + "' sudah ada");
        requireText(added.name(), "name", "uraian tujuan");
        IndicatorRules.checkDefinitions(added.indicators(), "indicators", indicators::containsKey);
        apply(new TujuanAdded(id, added));
    }

    @CommandHandler
    void handle(AddSasaranStrategis command) {
        SasaranStrategis added = command.sasaran();
        require(added != null, "required", "sasaran", "sasaran wajib diisi");
        requireText(added.code(), "code", "kode sasaran");
        require(!sasaran.containsKey(added.code()), "code-taken", "code", "sasaran '" + added.code() + "' sudah ada");
        require(tujuan.containsKey(added.tujuanCode()), "tujuan-unknown", "tujuanCode",
                "tujuan '" + added.tujuanCode() + "' tidak ada di Renstra ini");
        requireText(added.name(), "name", "uraian sasaran");
        IndicatorRules.checkDefinitions(added.indicators(), "indicators", indicators::containsKey);
        apply(new SasaranStrategisAdded(id, added));
    }

    @CommandHandler
    void handle(SetRenstraTarget command) {
        Indicator indicator = indicator(command.indicatorCode());
        require(id.covers(command.year()), "year-outside-period", "year",
                "tahun " + command.year() + " di luar periode Renstra " + id.period());
        require(command.target() != null, "required", "target", "target wajib diisi");
        IndicatorRules.checkValue(indicator, command.target(), "target");
        Nilai previous = targets.getOrDefault(indicator.code(), Map.of()).get(command.year());
        if (command.target().sameValueAs(previous)) {
            return;
        }
        requireReasonForChange(previous, command.reason());
        apply(new RenstraTargetSet(id, indicator.code(), command.year(), command.target(), previous, command.reason()));
    }

    @CommandHandler
    void handle(SetRenstraEndTarget command) {
        Indicator indicator = indicator(command.indicatorCode());
        require(command.target() != null, "required", "target", "target akhir periode wajib diisi");
        IndicatorRules.checkValue(indicator, command.target(), "target");
        Nilai previous = endTargets.get(indicator.code());
        if (command.target().sameValueAs(previous)) {
            return;
        }
        requireReasonForChange(previous, command.reason());
        apply(new RenstraEndTargetSet(id, indicator.code(), command.target(), previous, command.reason()));
    }

    @CommandHandler
    void handle(RecordRealisasiTahunan command) {
        Indicator indicator = indicator(command.indicatorCode());
        require(command.year() >= id.firstYear() - 1 && command.year() <= id.lastYear(), "year-outside-period", "year",
                "realisasi tahun " + command.year() + " di luar periode Renstra " + id.period()
                        + " dan kondisi awalnya (" + (id.firstYear() - 1) + ")");
        require(command.value() != null, "required", "value", "realisasi wajib diisi");
        IndicatorRules.checkValue(indicator, command.value(), "value");
        Nilai previous = realisasi.getOrDefault(indicator.code(), Map.of()).get(command.year());
        if (command.value().sameValueAs(previous)) {
            return;
        }
        require(previous == null || hasText(command.reason()), "reason-required", "reason",
                "realisasi yang sudah dicatat hanya dapat diubah dengan alasan");
        apply(new RealisasiTahunanRecorded(id, indicator.code(), command.year(), command.value(), previous,
                trimmed(command.source()), trimmed(command.reason())));
    }

    @CommandHandler
    void handle(SetStandarNasional command) {
        Indicator indicator = indicator(command.indicatorCode());
        require(id.covers(command.year()), "year-outside-period", "year",
                "tahun " + command.year() + " di luar periode Renstra " + id.period());
        require(command.value() != null, "required", "value", "standar nasional wajib diisi");
        IndicatorRules.checkValue(indicator, command.value(), "value");
        requireText(command.source(), "source", "sumber standar nasional");
        Nilai previous = standarNasional.getOrDefault(indicator.code(), Map.of()).get(command.year());
        if (command.value().sameValueAs(previous)) {
            return;
        }
        require(previous == null || hasText(command.reason()), "reason-required", "reason",
                "standar nasional yang sudah ditetapkan hanya dapat diubah dengan alasan");
        apply(new StandarNasionalSet(id, indicator.code(), command.year(), command.value(), previous,
                command.source().trim(), trimmed(command.reason())));
    }

    /** What a Perjanjian Kinerja drafted from this Renstra takes over: its tujuan and sasaran with their indicators. */
    public Content content() {
        return new Content(id, List.copyOf(tujuan.values()), List.copyOf(sasaran.values()));
    }

    public record Content(RenstraId id, List<Tujuan> tujuan, List<SasaranStrategis> sasaran) {

        public List<Indicator> indicators() {
            List<Indicator> all = new ArrayList<>();
            tujuan.forEach(t -> all.addAll(t.indicators()));
            sasaran.forEach(s -> all.addAll(s.indicators()));
            return all;
        }
    }

    private Indicator indicator(String code) {
        Indicator indicator = code == null ? null : indicators.get(code);
        require(indicator != null, "indicator-unknown", "indicatorCode",
                "indikator '" + code + "' tidak ada di Renstra " + id.period());
        return indicator;
    }

    private static void requireReasonForChange(Nilai previous, String reason) {
        require(previous == null || (reason != null && !reason.isBlank()), "reason-required", "reason",
                "target yang sudah ditetapkan hanya dapat diubah dengan alasan");
    }

    @EventSourcingHandler
    void on(RenstraDeclared event) {
        id = event.renstra();
    }

    @EventSourcingHandler
    void on(TujuanAdded event) {
        tujuan.put(event.tujuan().code(), event.tujuan());
        event.tujuan().indicators().forEach(i -> indicators.put(i.code(), i));
    }

    @EventSourcingHandler
    void on(SasaranStrategisAdded event) {
        sasaran.put(event.sasaran().code(), event.sasaran());
        event.sasaran().indicators().forEach(i -> indicators.put(i.code(), i));
    }

    @EventSourcingHandler
    void on(RenstraTargetSet event) {
        targets.computeIfAbsent(event.indicatorCode(), c -> new HashMap<>()).put(event.year(), event.target());
    }

    @EventSourcingHandler
    void on(RenstraEndTargetSet event) {
        endTargets.put(event.indicatorCode(), event.target());
    }

    @EventSourcingHandler
    void on(RealisasiTahunanRecorded event) {
        realisasi.computeIfAbsent(event.indicatorCode(), c -> new HashMap<>()).put(event.year(), event.value());
    }

    @EventSourcingHandler
    void on(StandarNasionalSet event) {
        standarNasional.computeIfAbsent(event.indicatorCode(), c -> new HashMap<>()).put(event.year(), event.value());
    }
}
