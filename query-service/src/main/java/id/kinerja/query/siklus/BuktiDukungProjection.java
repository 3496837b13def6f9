package id.kinerja.query.siklus;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which files support which realisasi or budget realisation, from their attachment until their removal. */
@Component
public class BuktiDukungProjection implements Projection {

    private final History history;

    public BuktiDukungProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof BuktiDukungAttached e) {
            Map<String, Object> row = key(e.pk(), e.untuk(), e.berkas().sha256());
            row.put("nama", e.berkas().nama());
            row.put("ukuran", e.berkas().ukuran());
            row.put("media_type", e.berkas().mediaType());
            row.put("oleh", envelope.actor());
            history.open("bukti_dukung", row, envelope.recordedAt());
        } else if (event instanceof BuktiDukungRemoved e) {
            history.close("bukti_dukung", key(e.pk(), e.untuk(), e.berkas().sha256()), envelope.recordedAt());
        }
    }

    private static Map<String, Object> key(PerjanjianKinerjaId pk, BuktiUntuk untuk, String sha256) {
        Map<String, Object> key = new LinkedHashMap<>(Keys.of(pk));
        key.put("untuk_jenis", untuk.jenis().name());
        key.put("untuk_kode", untuk.kode());
        key.put("period", untuk.period().name());
        key.put("sha256", sha256);
        return key;
    }
}
