package id.kinerja.query.narasi;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/** The LKjIP's narrative sections with their history. */
@Component
public class NarasiProjection implements Projection {

    private final History history;

    public NarasiProjection(History history) {
        this.history = history;
    }

    @Override
    public void narasi(PerjanjianKinerjaId pk, String section, String text, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("section", section);
        history.replace("narrative", key, Map.of("text", text), at);
    }
}
