package id.kinerja.query.renstra;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.renstra.RealisasiTahunanRecorded;
import id.kinerja.api.renstra.RenstraEndTargetSet;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.RenstraTargetSet;
import id.kinerja.api.renstra.SasaranStrategisAdded;
import id.kinerja.api.renstra.StandarNasionalSet;
import id.kinerja.api.renstra.TujuanAdded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.pemda.IndikatorRows;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renstra tujuan and sasaran with their indicators, yearly targets and end targets (for tingkat kemajuan), and what
 * the LKjIP compares a year with: earlier years' realisasi as reported and the national standard.
 */
@Component
public class RenstraProjection implements Projection {

    private final History history;
    private final IndikatorRows indikator;

    public RenstraProjection(History history, IndikatorRows indikator) {
        this.history = history;
        this.indikator = indikator;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        Instant at = envelope.recordedAt();
        if (event instanceof TujuanAdded e) {
            node(e.renstra(), "TUJUAN", e.tujuan().code(), null, e.tujuan().name(), at);
            indikator.write(tenant(e.renstra()), e.renstra().opd().code(), owner(e.renstra()), "TUJUAN",
                    e.tujuan().code(), e.tujuan().indicators(), at);
        } else if (event instanceof SasaranStrategisAdded e) {
            node(e.renstra(), "SASARAN", e.sasaran().code(), e.sasaran().tujuanCode(), e.sasaran().name(), at);
            indikator.write(tenant(e.renstra()), e.renstra().opd().code(), owner(e.renstra()), "SASARAN",
                    e.sasaran().code(), e.sasaran().indicators(), at);
        } else if (event instanceof RenstraTargetSet e) {
            target(e.renstra(), e.indicatorCode(), "TAHUNAN", e.year(), e.target(), e.reason(), at);
        } else if (event instanceof RenstraEndTargetSet e) {
            target(e.renstra(), e.indicatorCode(), "AKHIR", e.renstra().lastYear(), e.target(), e.reason(), at);
        } else if (event instanceof RealisasiTahunanRecorded e) {
            pembanding(e.renstra(), e.indicatorCode(), RenstraReads.REALISASI, e.year(), e.value(), e.source(),
                    e.reason(), at);
        } else if (event instanceof StandarNasionalSet e) {
            pembanding(e.renstra(), e.indicatorCode(), RenstraReads.STANDAR_NASIONAL, e.year(), e.value(), e.source(),
                    e.reason(), at);
        }
    }

    private void node(RenstraId renstra, String level, String code, String parent, String name, Instant at) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", tenant(renstra));
        key.put("opd", renstra.opd().code());
        key.put("period", renstra.period());
        key.put("level", level);
        key.put("code", code);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parent_code", parent);
        values.put("name", name);
        history.replace("renstra_node", key, values, at);
    }

    private void target(RenstraId renstra, String indicator, String kind, int year, Nilai target, String reason,
                        Instant at) {
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("target", target));
        values.put("reason", reason);
        history.replace("renstra_target", yearKey(renstra, indicator, kind, year), values, at);
    }

    private void pembanding(RenstraId renstra, String indicator, String kind, int year, Nilai value, String source,
                            String reason, Instant at) {
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("value", value));
        values.put("source", source);
        values.put("reason", reason);
        history.replace("renstra_pembanding", yearKey(renstra, indicator, kind, year), values, at);
    }

    /** An indicator's figure of one kind for one year of the Renstra. */
    private static Map<String, Object> yearKey(RenstraId renstra, String indicator, String kind, int year) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", tenant(renstra));
        key.put("opd", renstra.opd().code());
        key.put("period", renstra.period());
        key.put("indicator_code", indicator);
        key.put("kind", kind);
        key.put("year", year);
        return key;
    }

    private static String tenant(RenstraId renstra) {
        return renstra.opd().tenant().code();
    }

    private static String owner(RenstraId renstra) {
        return "renstra/" + renstra.period();
    }
}
