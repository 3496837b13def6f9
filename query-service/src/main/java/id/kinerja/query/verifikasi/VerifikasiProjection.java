package id.kinerja.query.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A verifier's verdict per period, the latest open and the earlier ones kept with their recorded times. */
@Component
public class VerifikasiProjection implements Projection {

    private final History history;

    public VerifikasiProjection(History history) {
        this.history = history;
    }

    @Override
    public void verifikasi(PerjanjianKinerjaId pk, Periode period, String hasil, String catatan, String verifier,
                           Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("period", period.name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("hasil", hasil);
        values.put("catatan", catatan);
        values.put("verifier", verifier);
        history.replace("verifikasi", key, values, at);
    }
}
