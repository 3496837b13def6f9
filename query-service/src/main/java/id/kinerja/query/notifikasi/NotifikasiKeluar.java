package id.kinerja.query.notifikasi;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.history.History;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/** The outbox (notifikasi_keluar): one row per notification id, however often it is written. */
final class NotifikasiKeluar {

    private NotifikasiKeluar() {
    }

    /** @return whether it is new */
    static boolean write(JdbcTemplate jdbc, Notifikasi notifikasi, Instant at) {
        try {
            return jdbc.update("INSERT INTO notifikasi_keluar (id, tenant, isi, dibuat) VALUES (?, ?, CAST(? AS jsonb), ?)"
                            + " ON CONFLICT (id) DO NOTHING", notifikasi.id(), notifikasi.tenant(),
                    EnvelopeReader.mapper().writeValueAsString(notifikasi), History.timestamp(at)) == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
