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
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up keeps each PK's summary under the name of its facts at a moment (pk_versi). Asked again, it answers
 * from what it kept and still equals the composition of every PK's facts; a change recorded later — or recorded at an
 * earlier time than changes already there, as a late event is — renames the PK's facts from that time on, so no
 * roll-up of a moment after it is answered from a summary of before. Province 68: one kabupaten, two perangkat daerah.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RingkasanTersimpanTest extends ReadModelTest {

    private static final Instant START = Instant.parse("2023-01-10T00:00:00Z");
    private static final Instant REALISASI = Instant.parse("2023-04-03T00:00:00Z");
    private static final Instant LATER = REALISASI.plusSeconds(3_600);
    private static final Instant LATE = REALISASI.plusSeconds(1_800);

    private final SmallPk diskop = new SmallPk("68.01", "diskop", 2023, START);
    private static final Instant DISDAG_FROM = START.plusSeconds(3_600);

    private final SmallPk disdag = new SmallPk("68.01", "disdag", 2023, DISDAG_FROM);

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

    @Test
    @Order(1)
    void a_roll_up_asked_again_is_answered_from_the_kept_summaries_and_equals_every_pk_composed() throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(EventStream.envelope(new PemerintahDaerahRegistered(TenantId.of("68"), "Provinsi Enam Delapan",
                JenisDaerah.PROVINSI), START.minusSeconds(60), "test.operator"));
        events.addAll(pk(diskop).at(REALISASI).add(diskop.realisasi("IKU-1", Periode.JAN, "70"))
                .at(LATER).add(diskop.realisasi("IKU-1", Periode.FEB, "75")).envelopes());
        List<EventEnvelope> second = pk(disdag).at(REALISASI.plusSeconds(120))
                .add(disdag.realisasi("IKU-1", Periode.JAN, "60")).envelopes();
        events.addAll(second.subList(1, second.size())); // the daerah is registered once
        publishAndWait(events);

        for (Instant at : moments()) {
            JsonNode first = served(at);
            double hits = hits();
            JsonNode again = served(at);
            assertThat(first).as("as of %s", at).isEqualTo(composed(at));
            assertThat(again).as("as of %s, asked again", at).isEqualTo(first);
            int pks = at.isBefore(DISDAG_FROM) ? 1 : 2;
            assertThat(hits()).as("the second roll-up as of %s took its PKs' summaries as kept", at)
                    .isEqualTo(hits + pks);
        }
    }

    @Test
    @Order(2)
    void a_late_change_renames_the_facts_from_its_moment_so_no_roll_up_after_it_reads_an_older_summary()
            throws Exception {
        Map<Instant, JsonNode> before = new LinkedHashMap<>();
        moments().forEach(at -> before.put(at, served(at)));
        long seqAtLater = seq("diskop", LATER);

        // recorded between the January and February realisasi already applied: arrives after both
        publishAndWait(diskop.new EnvelopeList().at(LATE).add(diskop.realisasi("IKU-1", Periode.MAR, "90"))
                .envelopes());

        assertThat(seq("diskop", LATER)).as("the moment after the late one takes a newer seq")
                .isGreaterThan(seqAtLater);
        for (Instant at : moments()) {
            JsonNode served = served(at);
            assertThat(served).as("as of %s", at).isEqualTo(composed(at));
            if (at.isBefore(LATE)) {
                assertThat(served).as("as of %s, before the late change", at).isEqualTo(before.get(at));
            } else {
                assertThat(served).as("as of %s, after the late change", at).isNotEqualTo(before.get(at));
            }
        }
    }

    @Test
    @Order(3)
    void pk_versi_holds_every_moment_at_which_a_row_of_the_pk_was_opened_or_closed() {
        for (String opd : List.of("diskop", "disdag")) {
            List<Instant> moments = named.queryForList("""
                    SELECT DISTINCT at FROM (
                        SELECT recorded_from AS at, tenant, opd, year FROM perjanjian_kinerja
                        UNION ALL SELECT recorded_to, tenant, opd, year FROM perjanjian_kinerja
                        UNION ALL SELECT recorded_from, tenant, opd, year FROM pk_node
                        UNION ALL SELECT recorded_to, tenant, opd, year FROM pk_node
                        UNION ALL SELECT recorded_from, tenant, opd, year FROM pk_target
                        UNION ALL SELECT recorded_from, tenant, opd, year FROM pk_pagu
                        UNION ALL SELECT recorded_from, tenant, opd, year FROM pk_revisi
                        UNION ALL SELECT recorded_from, tenant, opd, year FROM realisasi
                        UNION ALL SELECT recorded_to, tenant, opd, year FROM realisasi
                        UNION ALL SELECT recorded_from, tenant, opd, 2023 FROM indikator WHERE owner = 'pk/2023'
                    ) rows WHERE tenant = '68.01' AND opd = :opd AND year = 2023 AND at IS NOT NULL ORDER BY at""",
                    Map.of("opd", opd), Timestamp.class).stream().map(Timestamp::toInstant).toList();
            assertThat(named.queryForList("SELECT recorded_at FROM pk_versi WHERE tenant = '68.01' AND opd = :opd"
                            + " AND year = 2023 ORDER BY recorded_at", Map.of("opd", opd), Timestamp.class)
                    .stream().map(Timestamp::toInstant).toList()).as(opd).isEqualTo(moments);
        }
    }

    /** A signed PK of one indicator and one budget line of a million rupiah (its daerah registered first). */
    private static SmallPk.EnvelopeList pk(SmallPk pk) {
        return pk.start("Kabupaten Enam Delapan", List.of(SmallPk.sasaran("S1", "Sasaran",
                SmallPk.indicator("IKU-1", "Persentase koperasi sehat", Polarity.HIGHER_IS_BETTER)))).add(pk.program("S1", "P01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"))
                .addAll(pk.budgetLine("P01", "P01.K1.S1", 1_000_000)).add(pk.target("IKU-1", "80")).add(pk.signed());
    }

    private static List<Instant> moments() {
        return List.of(START.plusSeconds(600), REALISASI.plusSeconds(60), REALISASI.plusSeconds(180),
                LATE.minusSeconds(1), LATE, LATER, LATER.plusSeconds(60), Instant.parse("2024-01-01T00:00:00Z"));
    }

    private JsonNode served(Instant at) {
        try {
            return json.readTree(http.getForObject("/api/provinsi/68/rekap/2023?asOf=" + at, String.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode composed(Instant at) throws Exception {
        RekapProvinsi perPk = new RekapPerPk(named, tenants, fakta).rekap("68", 2023, at);
        return json.readTree(json.writeValueAsString(perPk));
    }

    private long seq(String opd, Instant at) {
        return named.queryForObject("SELECT seq FROM pk_versi WHERE tenant = '68.01' AND opd = :opd AND year = 2023"
                + " AND recorded_at = :at", Map.of("opd", opd, "at", Timestamp.from(at)), Long.class);
    }

    private double hits() {
        return meters.get("cache.gets").tag("cache", "kinerja.rekap.ringkasan").tag("result", "hit").functionCounter()
                .count();
    }
}
