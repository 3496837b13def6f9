package id.kinerja.command.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** An event as the event store holds it, read with plain SQL: what the envelope on Kafka must repeat. */
record StoredEvent(String eventId, long globalIndex, String aggregateId, String aggregateType, long sequenceNumber,
                   String payloadType, Instant recordedAt, JsonNode metaData, JsonNode payload) {

    private static final ObjectMapper JSON = EventJson.mapper();

    static List<StoredEvent> all(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT event_identifier, global_index, aggregate_identifier, type, sequence_number, payload_type,
                       time_stamp, meta_data, payload
                FROM domain_event_entry ORDER BY global_index""", (row, i) -> new StoredEvent(
                row.getString(1), row.getLong(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), Instant.parse(row.getString(7)), json(row.getBytes(8)), json(row.getBytes(9))));
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
