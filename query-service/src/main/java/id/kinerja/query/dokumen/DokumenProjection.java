package id.kinerja.query.dokumen;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.dokumen.NarrativeWritten;
import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Printed figures, each a row of its own, and the narrative sections with their history. */
@Component
public class DokumenProjection implements Projection {

    private final History history;

    public DokumenProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof StatedFigureRecorded e) {
            Map<String, Object> row = key(e.pk());
            row.put("figure", e.figure().name());
            row.put("figure_key", e.key());
            row.put("period", e.period() == null ? null : e.period().name());
            row.put("revision", e.revision());
            row.put("value", e.value());
            row.put("where_printed", e.where());
            history.open("stated_figure", row, envelope.recordedAt());
        } else if (event instanceof NarrativeWritten e) {
            Map<String, Object> key = key(e.pk());
            key.put("section", e.section());
            history.replace("narrative", key, Map.of("text", e.text()), envelope.recordedAt());
        }
    }

    private static Map<String, Object> key(PerjanjianKinerjaId pk) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", pk.opd().tenant().code());
        key.put("opd", pk.opd().code());
        key.put("year", pk.year());
        return key;
    }
}
