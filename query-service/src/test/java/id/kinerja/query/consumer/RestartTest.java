package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.embedded.EmbeddedPostgresServer;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.QueryServiceInstance;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service is stopped while events stream in and started again (same database, same group): every event ends
 * up applied exactly once — each correction of one realisasi adds exactly one range, so a lost or doubled event
 * would show in the row count.
 */
class RestartTest {

    private static final int CORRECTIONS = 300;

    @Test
    void stop_mid_stream_and_start_again_loses_nothing_and_doubles_nothing() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
        String url = postgres.createDatabase("restart");
        String group = "restart-test";
        SmallPk buleleng = new SmallPk("51.08", "disdagperinkop", 2023, Instant.parse("2023-01-01T00:00:00Z"));
        SmallPk.EnvelopeList events = buleleng.start("Kabupaten Buleleng", List.of(SmallPk.sasaran("S1", "Sasaran",
                SmallPk.indicator("IKU-1", "Persentase UMKM naik kelas", Polarity.HIGHER_IS_BETTER))));
        events.add(buleleng.realisasi("IKU-1", Periode.JAN, "0"));
        for (int i = 1; i <= CORRECTIONS; i++) {
            events.add(new RealisasiCorrected(buleleng.pk(), "IKU-1", Periode.JAN, Nilai.of(String.valueOf(i)), null,
                    null, null, Nilai.of(String.valueOf(i - 1)), "koreksi " + i));
        }
        List<EventEnvelope> all = events.envelopes();
        List<EventEnvelope> firstHalf = all.subList(0, all.size() / 2);
        List<EventEnvelope> secondHalf = all.subList(all.size() / 2, all.size());

        // The test's own connection: it outlives the service's pool across the restart.
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, postgres.username(), postgres.password()));
        try (EventStream stream = new EventStream()) {
            ConfigurableApplicationContext first = QueryServiceInstance.start(url, group, postgres);
            stream.send(firstHalf);
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(jdbc) > 0);
            first.close();
            long appliedAtStop = applied(jdbc);

            // While it is down: the rest arrives, and the first half is delivered again (a publisher retry).
            stream.send(secondHalf);
            stream.send(firstHalf);
            List<EventEnvelope> redelivered = new ArrayList<>(secondHalf);

            ConfigurableApplicationContext second = QueryServiceInstance.start(url, group, postgres);
            try {
                JdbcTemplate again = jdbc;
                await().atMost(Duration.ofSeconds(60)).until(() -> applied(again) == all.size());
                assertThat(appliedAtStop).isLessThanOrEqualTo(all.size());
                assertThat(again.queryForObject("SELECT count(*) FROM realisasi WHERE tenant = '51.08'", Long.class))
                        .isEqualTo(CORRECTIONS + 1L);
                assertThat(again.queryForObject("""
                        SELECT value_angka FROM realisasi WHERE tenant = '51.08' AND recorded_to IS NULL""",
                        java.math.BigDecimal.class)).isEqualByComparingTo(String.valueOf(CORRECTIONS));
                assertThat(again.queryForObject("""
                        SELECT count(*) FROM processed_event WHERE event_id = ?""", Long.class,
                        redelivered.get(redelivered.size() - 1).eventId())).isEqualTo(1L);
                // The stored offsets point past everything the group has read.
                assertThat(again.queryForObject("""
                        SELECT count(*) FROM consumer_offset WHERE consumer_group = ?""", Long.class, group))
                        .isPositive();
            } finally {
                second.close();
            }
        }
    }

    private static long applied(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE tenant = '51.08'", Long.class);
    }
}
