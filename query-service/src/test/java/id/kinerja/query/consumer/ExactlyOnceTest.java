package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka may deliver an event twice; the read models change once. Records that are no api event are skipped. */
class ExactlyOnceTest extends ReadModelTest {

    @Autowired
    MeterRegistry metrics;

    @Test
    void events_delivered_twice_are_applied_once() {
        SmallPk sumenep = new SmallPk("35.29", "diskopukmperindag", 2023, Instant.parse("2023-02-01T00:00:00Z"));
        SmallPk.EnvelopeList events = sumenep.start("Kabupaten Sumenep", List.of(SmallPk.sasaran("S1",
                "Meningkatnya kontribusi sektor perdagangan", SmallPk.indicator("IKU-1", "Kontribusi", Polarity.HIGHER_IS_BETTER))));
        events.add(sumenep.target("IKU-1", "80")).add(sumenep.realisasi("IKU-1", Periode.TAHUN, "85"))
                .add(new RealisasiCorrected(sumenep.pk(), "IKU-1", Periode.TAHUN, Nilai.of("90"), null, null, null,
                        Nilai.of("85"), "data BPS final"));
        List<EventEnvelope> first = publishAndWait(events.envelopes());
        double duplicatesBefore = metrics.counter("kinerja.query.events.duplicate").count();

        List<EventEnvelope> again = new ArrayList<>(first);
        EventEnvelope sentinel = EventStream.envelope(sumenep.target("IKU-1", "81"), Instant.parse("2023-03-01T00:00:00Z"));
        again.add(sentinel);
        try (EventStream stream = new EventStream()) {
            stream.sendRaw(sentinel.aggregateId(), "{\"eventId\": \"x\", \"payloadType\": \"java.lang.Runtime\"}");
            stream.sendRaw(sentinel.aggregateId(), "not json at all");
            stream.send(again);
        }
        // Same key, same partition: once the sentinel is applied, every duplicate before it has been seen.
        awaitApplied(List.of(sentinel));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE tenant = '35.29'", Long.class))
                .isEqualTo(first.size() + 1L);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM realisasi WHERE tenant = '35.29' AND indicator_code = 'IKU-1'""", Long.class))
                .isEqualTo(2L);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM pk_target WHERE tenant = '35.29' AND indicator_code = 'IKU-1'""", Long.class))
                .isEqualTo(2L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pemda WHERE tenant = '35.29'", Long.class)).isEqualTo(1L);
        assertThat(metrics.counter("kinerja.query.events.duplicate").count() - duplicatesBefore)
                .isEqualTo(first.size());
        assertThat(metrics.counter("kinerja.query.events.rejected").count()).isGreaterThanOrEqualTo(2);
        assertThat(metrics.counter("kinerja.query.events.applied").count()).isGreaterThanOrEqualTo(first.size() + 1);
        assertThat(metrics.timer("kinerja.query.projection.latency").count()).isGreaterThanOrEqualTo(first.size() + 1);
        assertThat(metrics.find("kinerja.query.consumer.lag").gauge()).isNotNull();
    }

    @Test
    void an_event_twice_in_one_batch_is_applied_once() {
        SmallPk gresik = new SmallPk("35.25", "diskopum", 2023, Instant.parse("2023-02-01T00:00:00Z"));
        SmallPk.EnvelopeList events = gresik.start("Kabupaten Gresik", List.of(SmallPk.sasaran("S1",
                "Meningkatnya koperasi sehat", SmallPk.indicator("IKU-1", "Koperasi sehat", Polarity.HIGHER_IS_BETTER))));
        events.add(gresik.target("IKU-1", "70")).add(gresik.realisasi("IKU-1", Periode.TAHUN, "72"));
        List<EventEnvelope> envelopes = new ArrayList<>(events.envelopes());
        EventEnvelope realisasi = envelopes.get(envelopes.size() - 1);
        envelopes.add(realisasi); // delivered again right behind itself: the same poll, the same claim
        EventEnvelope sentinel = EventStream.envelope(gresik.target("IKU-1", "71"), Instant.parse("2023-03-01T00:00:00Z"));
        envelopes.add(sentinel);
        double duplicatesBefore = metrics.counter("kinerja.query.events.duplicate").count();

        try (EventStream stream = new EventStream()) {
            stream.send(envelopes);
        }
        // Same key, same partition: once the sentinel is applied, the duplicate before it has been seen.
        awaitApplied(List.of(sentinel));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM realisasi WHERE tenant = '35.25'", Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM riwayat_periode WHERE tenant = '35.25'", Long.class))
                .isEqualTo(1L);
        assertThat(metrics.counter("kinerja.query.events.duplicate").count() - duplicatesBefore).isEqualTo(1);
    }
}
