package id.kinerja.command.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.common.TenantId;
import id.kinerja.command.web.Api;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Luwu Timur's history (73.25) is chained as it is written; someone with database access edits one stored event
 * directly, and the check names exactly that link. A daerah's chain is extended as each transaction commits, so a
 * transaction still at work does not hold up the daerah's others (Luwu Utara, 73.22).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class EventChainTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    IntegrityCheck integrity;

    @Test
    void an_event_edited_in_the_database_breaks_the_chain_at_that_event() {
        Api api = new Api("http://localhost:" + port, "admin.sulsel", jdbc);
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "73", "name": "Provinsi Sulawesi Selatan", "jenis": "PROVINSI"}""").status()).isEqualTo(201);
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "73.25", "name": "Kabupaten Luwu Timur", "jenis": "KABUPATEN"}""").status()).isEqualTo(201);
        for (String opd : new String[]{"disdagkop", "bappeda", "inspektorat"}) {
            assertThat(api.send("POST", "/api/tenants/73.25/opd", """
                    {"code": "%s", "name": "Perangkat daerah %s"}""".formatted(opd, opd)).status()).isEqualTo(201);
        }

        JsonNode intact = api.send("GET", "/api/tenants/73.25/integritas", null).json();
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("links").asLong()).isEqualTo(4);

        Long bappeda = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = "
                + "'73.25' AND convert_from(payload, 'UTF8') LIKE '%bappeda%'", Long.class);
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'Perangkat daerah bappeda', 'Badan Perencanaan'), 'UTF8') WHERE global_index = ?", bappeda);

        JsonNode broken = api.send("GET", "/api/tenants/73.25/integritas", null).json();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBroken").path("globalIndex").asLong()).isEqualTo(bappeda);
        assertThat(broken.path("firstBroken").path("position").asLong()).isEqualTo(3);
        assertThat(api.send("GET", "/api/tenants/73/integritas", null).json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void a_transaction_still_at_work_does_not_hold_up_the_daerah_and_its_events_are_chained_when_it_commits()
            throws SQLException {
        long early;
        long late;
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection();
             Connection abandoned = dataSource.getConnection()) {
            begin(first);
            begin(second);
            begin(abandoned);
            early = insertEvent(first, "73.22/pk-dinkes-2025");
            insertEvent(abandoned, "73.22/pk-bappeda-2025");
            late = insertEvent(second, "73.22/pk-disdik-2025");
            second.commit();
            abandoned.rollback();
            first.commit();
        }

        ChainReport report = integrity.verify(new TenantId("73.22"));
        assertThat(report.intact()).isTrue();
        assertThat(report.links()).as("a rolled back event has no link").isEqualTo(2);
        assertThat(positionOf(late)).as("committed first, linked first").isEqualTo(1);
        assertThat(positionOf(early)).isEqualTo(2);
    }

    /** A chain lock taken at the insert would make the next insert wait for the first one's commit: fail then. */
    private static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '10s'");
        }
    }

    private long positionOf(long globalIndex) {
        return jdbc.queryForObject("SELECT position FROM event_chain WHERE global_index = ?", Long.class, globalIndex);
    }

    private static long insertEvent(Connection connection, String aggregate) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, 0, 'PerjanjianKinerja', ?, NULL, convert_to('{}', 'UTF8'), NULL,
                    'id.kinerja.uji.PeristiwaUji', '2025-01-31T08:00:00Z') RETURNING global_index""")) {
            insert.setString(1, aggregate);
            insert.setString(2, UUID.randomUUID().toString());
            try (var row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
