package id.kinerja.query.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.pemda.IndikatorRows;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
    public void renstraNode(RenstraId renstra, String level, String code, String parentCode, String name,
                            List<Indicator> indicators, Instant at) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", tenant(renstra));
        key.put("opd", renstra.opd().code());
        key.put("period", renstra.period());
        key.put("level", level);
        key.put("code", code);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parent_code", parentCode);
        values.put("name", name);
        history.replace("renstra_node", key, values, at);
        indikator.write(tenant(renstra), renstra.opd().code(), "renstra/" + renstra.period(), level, code,
                indicators, at);
    }

    @Override
    public void renstraTarget(RenstraId renstra, String indicator, String kind, int year, Nilai target,
                              String reason, Instant at) {
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("target", target));
        values.put("reason", reason);
        history.replace("renstra_target", yearKey(renstra, indicator, kind, year), values, at);
    }

    @Override
    public void pembanding(RenstraId renstra, String indicator, String kind, int year, Nilai value, String source,
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
}
