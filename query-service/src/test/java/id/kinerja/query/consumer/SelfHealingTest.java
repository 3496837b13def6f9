package id.kinerja.query.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live consumer survives what used to end its thread for good: an Error escaping a projection stops the
 * container, which is started again and applies the batch from the stored offsets; a database that fails a few
 * batches is retried with back-off. Both show in health and metrics, and no event is lost or applied twice.
 */
@Import(SelfHealingTest.Breakdowns.class)
class SelfHealingTest extends ReadModelTest {

    @Autowired
    MeterRegistry metrics;
    @Autowired
    Breakdowns breakdowns;

    @Test
    void an_error_that_stops_the_consumer_is_healed_by_a_restart() {
        SmallPk pk = new SmallPk("74.91", "pulih", 2023, Instant.parse("2023-01-02T00:00:00Z"));
        List<EventEnvelope> events = start(pk).add(pk.realisasi("IKU-1", Periode.TW1, "12.5")).envelopes();
        breakdowns.errors.set(1);

        publishAndWait(events);

        assertThat(breakdowns.errors.get()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM realisasi WHERE tenant = '74.91'", Long.class))
                .isEqualTo(1L);
        assertThat(metrics.counter("kinerja.query.consumer.restarts").count()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode consumer = http.getForObject("/actuator/health", JsonNode.class).at("/components/consumer");
            assertThat(consumer.path("status").asText()).isEqualTo("UP");
            assertThat(consumer.at("/details/restarts").asInt()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void a_database_failing_a_few_batches_is_retried_until_it_answers() {
        SmallPk pk = new SmallPk("74.92", "tunggu", 2023, Instant.parse("2023-01-02T00:00:00Z"));
        List<EventEnvelope> events = start(pk).add(pk.realisasi("IKU-1", Periode.TW1, "7")).envelopes();
        double failedBefore = metrics.counter("kinerja.query.projection.failures").count();
        breakdowns.outages.set(3);

        publishAndWait(events);

        assertThat(breakdowns.outages.get()).isZero();
        assertThat(metrics.counter("kinerja.query.projection.failures").count() - failedBefore)
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM realisasi WHERE tenant = '74.92'", Long.class))
                .isEqualTo(1L);
        assertThat(http.getForObject("/actuator/health", JsonNode.class)
                .at("/components/consumer/details/failuresInARow").asInt()).isZero();
    }

    private static SmallPk.EnvelopeList start(SmallPk pk) {
        return pk.start("Kabupaten Uji", List.of(SmallPk.sasaran("S1", "Sasaran",
                SmallPk.indicator("IKU-1", "Persentase koperasi sehat", Polarity.HIGHER_IS_BETTER))));
    }

    /** A projection (itself a bean) that breaks on demand: with an Error, stopping the consumer, or as a database outage. */
    @TestConfiguration
    static class Breakdowns implements Projection {

        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger outages = new AtomicInteger();

        @Override
        public void apply(Object event, EventEnvelope envelope) {
            if (!(event instanceof RealisasiRecorded)) {
                return;
            }
            if (errors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new Breakdown();
            }
            if (outages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new DataAccessResourceFailureException("database unavailable (test)");
            }
        }
    }

    static final class Breakdown extends Error {
        Breakdown() {
            super("projection broke down (test)");
        }
    }
}
