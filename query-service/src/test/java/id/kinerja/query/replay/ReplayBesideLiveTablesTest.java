package id.kinerja.query.replay;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.query.consumer.ProjectionLock;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.ReadModelRows;
import id.kinerja.query.support.ReadModelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay builds beside the live tables: while it runs, queries see the tenant's complete rows as they were (never
 * a tenant emptied and half rebuilt), and the rebuilt rows replace them in one step. The test holds the projection
 * lock to catch the replay at its switch.
 */
class ReplayBesideLiveTablesTest extends ReadModelTest {

    private static final String PK = "/api/tenants/65.01/opd/diskopukmp/pk/2023";

    @Autowired
    DataSource dataSource;

    @Test
    void live_queries_see_complete_rows_until_the_rebuilt_ones_replace_them() throws Exception {
        List<EventEnvelope> events = BadungEvents.envelopes("65.01", true);
        publishAndWait(events);
        Map<String, List<String>> incremental = ReadModelRows.of(jdbc, "65.01");

        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate lock = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            lock.queryForList("SELECT pg_advisory_lock(?)", ProjectionLock.KEY);
            try {
                assertThat(http.postForEntity("/api/replay/65.01", null, JsonNode.class).getStatusCode())
                        .isEqualTo(HttpStatus.ACCEPTED);
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    JsonNode status = http.getForObject("/api/replay/status", JsonNode.class);
                    return status.path("phase").asText().equals(ReplayStatus.SWITCHING)
                            && status.path("readRecords").asLong() == status.path("totalRecords").asLong();
                });
                // Rebuilt beside: the live rows are the complete old ones, and the PK answers as before.
                assertThat(ReadModelRows.of(jdbc, "65.01")).isEqualTo(incremental);
                assertThat(http.getForObject(PK, JsonNode.class).path("totalPagu").asLong())
                        .isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
                assertThat(ReadModelRows.of(jdbc, ReplayTables.SCHEMA, "65.01")).isEqualTo(incremental);
            } finally {
                lock.queryForList("SELECT pg_advisory_unlock(?)", ProjectionLock.KEY);
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject("/api/replay/status", JsonNode.class)
                .path("state").asText().equals(ReplayStatus.DONE));
        assertThat(ReadModelRows.of(jdbc, "65.01")).isEqualTo(incremental);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname = ?", Long.class,
                ReplayTables.SCHEMA)).isZero();
    }
}
