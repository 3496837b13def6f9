package id.kinerja.query.dokumen;

import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/** Figures a document printed, each a row of its own, to be checked against the facts ({@link SelisihQueries}). */
@Component
public class AngkaTertulisProjection implements Projection {

    private final History history;

    public AngkaTertulisProjection(History history) {
        this.history = history;
    }

    @Override
    public void angkaTertulis(StatedFigureRecorded e, Instant at) {
        Map<String, Object> row = History.pkKey(e.pk());
        row.put("figure", e.figure().name());
        row.put("figure_key", e.key());
        row.put("period", e.period() == null ? null : e.period().name());
        row.put("revision", e.revision());
        row.put("value", e.value());
        row.put("where_printed", e.where());
        history.open("stated_figure", row, at);
    }
}
