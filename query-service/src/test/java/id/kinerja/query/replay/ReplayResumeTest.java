package id.kinerja.query.replay;

import id.kinerja.api.EventEnvelope;
import id.kinerja.embedded.EmbeddedPostgresServer;
import id.kinerja.query.consumer.ProjectionLock;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.QueryServiceInstance;
import id.kinerja.query.support.ReadModelRows;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stops in the middle of a replay: the replay's state is in the database, the live rows are the complete
 * ones, and the next start resumes the replay where it stood and finishes it.
 */
class ReplayResumeTest {

    private static final String TENANT = "65.02";

    @Test
    void a_replay_interrupted_by_a_stop_resumes_at_the_next_start() throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
        String url = postgres.createDatabase("replayresume");
        String group = "replay-resume-test";
        List<EventEnvelope> events = BadungEvents.envelopes(TENANT, true);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, postgres.username(), postgres.password()));

        ConfigurableApplicationContext first = QueryServiceInstance.start(url, group, postgres);
        try (EventStream stream = new EventStream()) {
            stream.send(events);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE tenant = ?", Long.class, TENANT) == events.stream()
                .filter(e -> e.tenant().equals(TENANT)).count());
        Map<String, List<String>> incremental = ReadModelRows.of(jdbc, TENANT);

        try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
            JdbcTemplate lock = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            lock.queryForList("SELECT pg_advisory_lock(?)", ProjectionLock.KEY);
            first.getBean(ReplayService.class).start(TENANT);
            await().atMost(Duration.ofSeconds(60)).until(() -> ReplayStatus.SWITCHING.equals(jdbc.queryForObject(
                    "SELECT phase FROM replay_run ORDER BY id DESC LIMIT 1", String.class)));
            first.close();

            assertThat(jdbc.queryForObject("SELECT state FROM replay_run ORDER BY id DESC LIMIT 1", String.class))
                    .isEqualTo(ReplayStatus.RUNNING);
            assertThat(ReadModelRows.of(jdbc, TENANT)).isEqualTo(incremental);
            lock.queryForList("SELECT pg_advisory_unlock(?)", ProjectionLock.KEY);
        }

        ConfigurableApplicationContext second = QueryServiceInstance.start(url, group, postgres);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> ReplayStatus.DONE.equals(jdbc.queryForObject(
                    "SELECT state FROM replay_run ORDER BY id DESC LIMIT 1", String.class)));
            assertThat(ReadModelRows.of(jdbc, TENANT)).isEqualTo(incremental);
            assertThat(second.getBean(ReplayService.class).status().appliedEvents())
                    .isEqualTo(events.stream().filter(e -> e.tenant().equals(TENANT)).count());
        } finally {
            second.close();
        }
    }
}
