package id.kinerja.reporting.pk;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Auditor mode: the PK folded from the raw events in the event store, not from any projection, so an auditor can
 * check that the documents agree with what was recorded. Recorded times are stored as ISO-8601 text and compared
 * here as instants, never as strings.
 */
@Component
public class EventStorePk implements PkSource {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String API_PACKAGE = "id.kinerja.api.";

    private final JdbcTemplate eventStore;

    public EventStorePk(JdbcTemplate eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<PkData> pk(PkRef ref) {
        Instant asOf = asOf(ref);
        return fold(ref, asOf).result(asOf);
    }

    /** The PK's Rencana Aksi folded from the raw events. */
    public Optional<RencanaAksiData> rencanaAksi(PkRef ref) {
        Instant asOf = asOf(ref);
        return fold(ref, asOf).rencanaAksi(asOf);
    }

    private static Instant asOf(PkRef ref) {
        return ref.asOf() == null ? Instant.now() : ref.asOf();
    }

    private PkFold fold(PkRef ref, Instant asOf) {
        PkFold fold = new PkFold(ref);
        eventStore.query("""
                SELECT payload_type, payload, time_stamp FROM domain_event_entry
                WHERE aggregate_identifier IN (?, ?) ORDER BY global_index""", row -> {
            if (!Instant.parse(row.getString("time_stamp")).isAfter(asOf)) {
                fold.apply(event(row.getString("payload_type"), row.getBytes("payload")));
            }
        }, ref.tenant(), ref.aggregateId());
        return fold;
    }

    private static Object event(String type, byte[] payload) {
        if (!type.startsWith(API_PACKAGE)) {
            return null;
        }
        try {
            return JSON.readValue(payload, Class.forName(type));
        } catch (ClassNotFoundException unknown) {
            return null; // an event type this service does not know is not part of a PK document
        } catch (IOException e) {
            throw new UncheckedIOException("stored event " + type + " is unreadable", e);
        }
    }
}
