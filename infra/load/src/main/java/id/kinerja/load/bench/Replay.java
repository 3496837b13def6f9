package id.kinerja.load.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.load.send.ReadApi;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilding read models from the event topic through query-service's replay endpoint: one daerah (its events among
 * all the province's), or every daerah. Events per second are those applied over the wall time of the replay; the
 * records read per second (the whole topic is read either way) are given too.
 */
final class Replay {

    /** What was measured. */
    record Result(String target, long recordsRead, long eventsApplied, Duration took, String state) {
        double eventsPerSecond() {
            return eventsApplied * 1000.0 / Math.max(1, took.toMillis());
        }

        double recordsPerSecond() {
            return recordsRead * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadApi read;
    private final String queryUrl;

    Replay(ReadApi read, String queryUrl) {
        this.read = read;
        this.queryUrl = queryUrl;
    }

    /** @param tenant the daerah to rebuild, or null for every daerah */
    Result run(String tenant) throws Exception {
        Instant start = Instant.now();
        ReadApi.Answer started = tenant == null ? read.postAsAdmin(queryUrl + "/api/replay")
                : read.postAsAdmin(queryUrl + "/api/replay/" + tenant);
        if (started.status() != 202) {
            throw new IllegalStateException("replay refused: " + started.status() + " " + started.text());
        }
        JsonNode status;
        do {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            status = JSON.readTree(read.get(queryUrl + "/api/replay/status").body());
        } while ("RUNNING".equals(status.path("state").asText()));
        Instant finished = status.hasNonNull("finishedAt") ? Instant.parse(status.get("finishedAt").asText())
                : Instant.now();
        Instant begun = status.hasNonNull("startedAt") ? Instant.parse(status.get("startedAt").asText()) : start;
        return new Result(tenant == null ? "semua daerah" : tenant, status.path("readRecords").asLong(),
                status.path("appliedEvents").asLong(), Duration.between(begun, finished), status.path("state").asText());
    }
}
