package id.kinerja.query.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.query.history.History;
import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replays in {@code replay_run}: one RUNNING at a time (a unique index says so), its end offsets and its position
 * per partition, written in the same transaction as the rows they account for. Table names are schema-qualified:
 * these statements also run inside replay batches, whose search path starts with the replay's schema.
 */
@Component
class ReplayRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One replay as stored. */
    record Run(long id, String tenant, String phase, Map<TopicPartition, Long> ends,
               Map<TopicPartition, Long> positions, long read, long applied) {
    }

    private final JdbcTemplate jdbc;

    ReplayRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new RUNNING replay; empty when another one is running. */
    Optional<Long> begin(String tenant) {
        try {
            return Optional.ofNullable(jdbc.queryForObject("""
                    INSERT INTO public.replay_run (tenant, state, phase, started_at) VALUES (?, 'RUNNING', NULL, ?)
                    RETURNING id""", Long.class, tenant, History.timestamp(Instant.now())));
        } catch (DuplicateKeyException running) {
            return Optional.empty();
        }
    }

    Optional<Run> running() {
        return jdbc.query("SELECT * FROM public.replay_run WHERE state = 'RUNNING'", this::run).stream().findFirst();
    }

    void building(long id, Map<TopicPartition, Long> ends, long total) {
        jdbc.update("UPDATE public.replay_run SET phase = 'BUILDING', end_offsets = CAST(? AS jsonb), total_records = ? "
                + "WHERE id = ?", json(ends), total, id);
    }

    void switching(long id) {
        jdbc.update("UPDATE public.replay_run SET phase = 'SWITCHING' WHERE id = ?", id);
    }

    void progress(long id, Map<TopicPartition, Long> positions, long read, long applied) {
        jdbc.update("UPDATE public.replay_run SET positions = CAST(? AS jsonb), read_records = ?, applied_events = ? "
                + "WHERE id = ?", json(positions), read, applied, id);
    }

    void done(long id) {
        jdbc.update("UPDATE public.replay_run SET state = 'DONE', phase = NULL, finished_at = ? WHERE id = ?",
                History.timestamp(Instant.now()), id);
    }

    void failed(long id, String error) {
        jdbc.update("UPDATE public.replay_run SET state = 'FAILED', finished_at = ?, error = ? WHERE id = ?",
                History.timestamp(Instant.now()), error, id);
    }

    ReplayStatus status() {
        List<ReplayStatus> last = jdbc.query("SELECT * FROM public.replay_run ORDER BY id DESC LIMIT 1", (rs, i) -> {
            long total = rs.getLong("total_records");
            long read = rs.getLong("read_records");
            return new ReplayStatus(rs.getString("state"), rs.getString("phase"), rs.getString("tenant"),
                    instant(rs, "started_at"), instant(rs, "finished_at"), total, read, rs.getLong("applied_events"),
                    ReplayStatus.percent(total, read), rs.getString("error"));
        });
        return last.isEmpty() ? ReplayStatus.idle() : last.get(0);
    }

    private Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("tenant"), rs.getString("phase"),
                offsets(rs.getString("end_offsets")), offsets(rs.getString("positions")), rs.getLong("read_records"),
                rs.getLong("applied_events"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static String json(Map<TopicPartition, Long> offsets) {
        Map<String, Long> named = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> named.put(partition.topic() + "@" + partition.partition(), offset));
        try {
            return JSON.writeValueAsString(named);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> offsets(String json) {
        try {
            Map<String, Long> named = JSON.readValue(json, new TypeReference<Map<String, Long>>() { });
            Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
            named.forEach((key, offset) -> {
                int at = key.lastIndexOf('@');
                offsets.put(new TopicPartition(key.substring(0, at), Integer.parseInt(key.substring(at + 1))), offset);
            });
            return offsets;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("replay_run offsets unreadable: " + json, e);
        }
    }
}
