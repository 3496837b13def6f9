package id.kinerja.query.provinsi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import id.kinerja.queryapi.provinsi.RekapSusun;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A PK whose changes have settled gets its roll-up summary composed ahead and stored in PostgreSQL under the name of
 * its facts; a roll-up of a moment that name stands for reads it from there — this instance never composed it — and
 * still equals every PK composed from its facts. What a roll-up composes itself is stored too, for every instance.
 * Province 67: one kabupaten, one perangkat daerah.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RingkasanDahuluTest extends ReadModelTest {

    private static final Instant START = Instant.parse("2024-01-10T00:00:00Z");
    private static final Instant REALISASI = Instant.parse("2024-04-03T00:00:00Z");

    private final SmallPk diskop = new SmallPk("67.01", "diskop", 2024, START);

    @Autowired
    private Tenants tenants;

    @Autowired
    private FaktaReads fakta;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private MeterRegistry meters;

    @BeforeAll
    void load() {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(EventStream.envelope(new PemerintahDaerahRegistered(TenantId.of("67"), "Provinsi Enam Tujuh",
                JenisDaerah.PROVINSI), START.minusSeconds(60), "test.operator"));
        events.addAll(diskop.start("Kabupaten Enam Tujuh", List.of(SmallPk.sasaran("S1", "Sasaran",
                        SmallPk.indicator("IKU-1", "Persentase koperasi sehat", Polarity.HIGHER_IS_BETTER))))
                .add(diskop.program("S1", "P01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"))
                .addAll(diskop.budgetLine("P01", "P01.K1.S1", 1_000_000)).add(diskop.target("IKU-1", "80"))
                .add(diskop.signed()).at(REALISASI).add(diskop.realisasi("IKU-1", Periode.JAN, "70")).envelopes());
        publishAndWait(events);
    }

    @Test
    void a_settled_pk_is_composed_ahead_and_a_roll_up_of_its_moment_reads_it_from_postgresql() throws Exception {
        Map<String, Object> latest = named.queryForMap("SELECT recorded_at, seq FROM pk_versi WHERE tenant = '67.01'"
                + " AND opd = 'diskop' AND year = 2024 ORDER BY recorded_at DESC LIMIT 1", Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(latest) != null);

        assertThat(json.readValue(stored(latest), RingkasanPk.class))
                .as("the stored summary, read back, is the PK's facts of then summarised")
                .isEqualTo(RekapSusun.ringkas(fakta.fakta("67.01", "diskop", 2024, REALISASI)));
        double fromPostgres = readStored();
        Instant afterRealisasi = REALISASI.plusSeconds(3_600);
        assertThat(served(afterRealisasi)).isEqualTo(composed(afterRealisasi));
        assertThat(readStored()).as("the roll-up read the summary from PostgreSQL").isEqualTo(fromPostgres + 1);
    }

    @Test
    void a_summary_a_roll_up_composed_is_stored_for_every_instance() throws Exception {
        Instant beforeRealisasi = REALISASI.minusSeconds(3_600);
        Map<String, Object> then = named.queryForMap("SELECT recorded_at, seq FROM pk_versi WHERE tenant = '67.01'"
                + " AND opd = 'diskop' AND year = 2024 AND recorded_at <= :at ORDER BY recorded_at DESC LIMIT 1",
                Map.of("at", Timestamp.from(beforeRealisasi)));
        assertThat(stored(then)).as("a name that stood before the realisasi: not composed ahead").isNull();

        assertThat(served(beforeRealisasi)).isEqualTo(composed(beforeRealisasi));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(then) != null);
        assertThat(json.readValue(stored(then), RingkasanPk.class))
                .isEqualTo(RekapSusun.ringkas(fakta.fakta("67.01", "diskop", 2024, beforeRealisasi)));
    }

    private String stored(Map<String, Object> name) {
        return named.queryForList("SELECT ringkasan FROM ringkasan_pk WHERE tenant = '67.01' AND opd = 'diskop'"
                + " AND year = 2024 AND recorded_at = :at AND seq = :seq", Map.of("at", name.get("recorded_at"),
                "seq", name.get("seq")), String.class).stream().findFirst().orElse(null);
    }

    private JsonNode served(Instant at) throws Exception {
        return json.readTree(http.getForObject("/api/provinsi/67/rekap/2024?asOf=" + at, String.class));
    }

    private JsonNode composed(Instant at) throws Exception {
        return json.readTree(json.writeValueAsString(new RekapPerPk(named, tenants, fakta).rekap("67", 2024, at)));
    }

    private double readStored() {
        return meters.get("kinerja.rekap.ringkasan.tersimpan").counter().count();
    }
}
