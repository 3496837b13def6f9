package id.kinerja.query.notifikasi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.Tenggat;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import id.kinerja.query.support.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications reach integrators on Kafka: each step of the cycle once (by the event's id), and a deadline
 * reminder once per period and due date however often the check runs — through the outbox, after the broker
 * acknowledged.
 */
class NotifikasiKafkaTest extends ReadModelTest {

    private static final String TENANT = "73.23";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PengingatTenggat pengingat;

    @Test
    void each_step_and_each_reminder_is_published_once() {
        SmallPk pk = new SmallPk(TENANT, "notif-dinas", 2024, Instant.parse("2024-03-01T00:00:00Z"));
        SmallPk.EnvelopeList events = pk.start("Kabupaten Tana Toraja", List.of(SmallPk.sasaran("S1", "Sasaran",
                        SmallPk.indicator("IKU-1", "Koperasi sehat", Polarity.HIGHER_IS_BETTER))))
                .add(pk.target("IKU-1", "7")).add(pk.signed())
                .add(new RencanaAksiSet(pk.pk(), "IKU-1", List.of(new PeriodTarget(Periode.TW1, Nilai.of("7")),
                        new PeriodTarget(Periode.TW2, Nilai.of("7")), new PeriodTarget(Periode.TW3, Nilai.of("7")),
                        new PeriodTarget(Periode.TW4, Nilai.of("7"))), "Kepala Bidang", null, 0))
                .add(new JadwalSet(new JadwalId(TenantId.of(TENANT), 2024), List.of(
                        new Tenggat(Periode.TW1, LocalDate.of(2024, 4, 15)),
                        new Tenggat(Periode.TW2, LocalDate.of(2024, 7, 15)))))
                .at(Instant.parse("2024-04-05T02:00:00Z"))
                .addAs(new PeriodeSubmitted(pk.pk(), Periode.TW1, "Mohon diperiksa", LocalDate.of(2024, 4, 15), false),
                        "op.toraja")
                .addAs(new VerifikasiRecorded(pk.pk(), Periode.TW1, HasilVerifikasi.DIKEMBALIKAN, "Lengkapi foto"),
                        "verifikator.toraja");
        List<EventEnvelope> sent = publishAndWait(events.envelopes());
        String submittedId = sent.get(sent.size() - 2).eventId();
        String returnedId = sent.get(sent.size() - 1).eventId();

        Instant week = Instant.parse("2024-07-10T02:00:00Z");
        assertThat(pengingat.periksa(week)).isPositive();
        assertThat(pengingat.periksa(week)).as("a second run writes nothing new").isZero();

        // The outbox holds each notification once: the two steps and TW2's reminder (TW1 is being corrected).
        List<String> outbox = jdbc.queryForList("SELECT id FROM notifikasi_keluar WHERE tenant = ?", String.class,
                TENANT);
        assertThat(outbox).containsExactlyInAnyOrder(submittedId, returnedId,
                TENANT + "/notif-dinas/2024/TW2/TENGGAT_MENDEKAT/2024-07-15");

        List<JsonNode> published = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(NotifikasiRelay.TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (TENANT.equals(record.key())) {
                        published.add(JSON.readTree(record.value()));
                    }
                }
                return published.stream().map(n -> n.path("id").asText()).toList().containsAll(outbox);
            });
        }
        JsonNode submitted = published.stream().filter(n -> n.path("id").asText().equals(submittedId)).findFirst()
                .orElseThrow();
        assertThat(submitted.path("jenis").asText()).isEqualTo("MENUNGGU_VERIFIKASI");
        assertThat(submitted.path("untuk").toString()).contains("VERIFIKATOR");
        assertThat(submitted.path("oleh").asText()).isEqualTo("op.toraja");
        JsonNode returned = published.stream().filter(n -> n.path("id").asText().equals(returnedId)).findFirst()
                .orElseThrow();
        assertThat(returned.path("jenis").asText()).isEqualTo("DIKEMBALIKAN");
        assertThat(returned.path("catatan").asText()).isEqualTo("Lengkapi foto");
        JsonNode reminder = published.stream().filter(n -> n.path("jenis").asText().equals("TENGGAT_MENDEKAT"))
                .findFirst().orElseThrow();
        assertThat(reminder.path("period").asText()).isEqualTo("TW2");
        assertThat(reminder.path("tenggat").asText()).isEqualTo("2024-07-15");
        // Delivery is at least once: other query-service instances of this test JVM, each with its own database,
        // publish their copies too; integrators dedupe by id.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notifikasi_keluar WHERE tenant = ? AND terkirim IS NULL",
                Long.class, TENANT)).isZero();
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notifikasi-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }
}
