package id.kinerja.query.pemda;

import id.kinerja.api.indikator.Indicator;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators of a Renstra ({@code owner = renstra/<period>}) or a Perjanjian Kinerja ({@code owner = pk/<year>}),
 * with the node they measure; shared by both projections.
 */
@Component
public class IndikatorRows {

    private final History history;

    public IndikatorRows(History history) {
        this.history = history;
    }

    public void write(String tenant, String opd, String owner, String level, String nodeCode,
                      List<Indicator> indicators, Instant at) {
        if (indicators == null) {
            return;
        }
        int position = 0;
        for (Indicator indicator : indicators) {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("tenant", tenant);
            key.put("opd", opd);
            key.put("owner", owner);
            key.put("code", indicator.code());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("level", level);
            values.put("node_code", nodeCode);
            values.put("name", indicator.name());
            values.put("unit", indicator.unit());
            values.put("polarity", indicator.polarity() == null ? "HIGHER_IS_BETTER" : indicator.polarity().name());
            values.put("combination", indicator.combination() == null ? null : indicator.combination().name());
            values.put("scale", indicator.scale() == null ? null : indicator.scale().name());
            values.put("formula", indicator.formula() == null ? null : indicator.formula().id());
            values.put("position", position++);
            history.replace("indikator", key, values, at);
        }
    }
}
