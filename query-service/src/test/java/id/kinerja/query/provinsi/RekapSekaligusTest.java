package id.kinerja.query.provinsi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province roll-up reads all its kabupaten/kota's PKs together, one query per table; it must give exactly what
 * composing each PK's own facts — as every single-PK view reads them — gives. Province 64 has four daerah: Badung's
 * story with its PK Perubahan in 64.01 and 64.03, without it in 64.02, and 64.04 with two small perangkat daerah whose
 * realisasi is corrected. Compared at moments before, at and after the Perubahan and the realisasi.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RekapSekaligusTest extends ReadModelTest {

    private static final Instant SMALL_FROM = Instant.parse("2023-01-10T00:00:00Z");

    @Autowired
    private Tenants tenants;

    @Autowired
    private FaktaReads fakta;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Autowired
    private ObjectMapper json;

    @BeforeAll
    void fourKabupaten() {
        List<EventEnvelope> events = new ArrayList<>(BadungEvents.envelopes("64.01", true));
        events.addAll(BadungEvents.envelopes("64.02", false));
        events.addAll(BadungEvents.envelopes("64.03", true));
        events.addAll(small("diskop", "80", true));
        // The second perangkat daerah of 64.04: its daerah is already registered.
        List<EventEnvelope> second = small("disdag", "65", false);
        events.addAll(second.subList(1, second.size()));
        publishAndWait(events);
    }

    @Test
    void reading_every_pk_at_once_gives_what_each_pk_read_alone_gives() throws Exception {
        List<Instant> moments = List.of(BadungEvents.INDUK_FROM.plusSeconds(90), SMALL_FROM.plusSeconds(600),
                BadungEvents.PERUBAHAN_AT.minusMillis(1), BadungEvents.PERUBAHAN_AT,
                BadungEvents.REALISASI_FROM.plusSeconds(60L * 5), Instant.parse("2024-06-01T00:00:00Z"));
        for (Instant at : moments) {
            RekapProvinsi perPk = perPk(at);
            JsonNode served = json.readTree(http.getForObject("/api/provinsi/64/rekap/2023?asOf=" + at, String.class));
            assertThat(served).as("as of %s", at).isEqualTo(json.readTree(json.writeValueAsString(perPk)));
        }
        RekapProvinsi latest = perPk(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(latest.kabupatenKota()).extracting(RekapProvinsi.Daerah::tenant)
                .containsExactly("64.01", "64.02", "64.03", "64.04");
        assertThat(latest.total()).extracting(RekapProvinsi.Total::pagu).containsExactly(BadungEvents.TOTAL_PERUBAHAN,
                BadungEvents.TOTAL_INDUK, BadungEvents.TOTAL_PERUBAHAN, 2_000_000L);
    }

    private RekapProvinsi perPk(Instant at) {
        return new RekapPerPk(named, tenants, fakta).rekap("64", 2023, at);
    }

    /** A small PK of 64.04 with one budget line of a million rupiah, realisasi in two months, corrected once. */
    private static List<EventEnvelope> small(String opd, String target, boolean corrected) {
        SmallPk pk = new SmallPk("64.04", opd, 2023, SMALL_FROM);
        SmallPk.EnvelopeList events = pk.start("Kabupaten Empat", List.of(SmallPk.sasaran("S1", "Sasaran",
                SmallPk.indicator("IKU-1", "Persentase koperasi sehat", Polarity.HIGHER_IS_BETTER))));
        events.add(pk.program("S1", "P01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"))
                .addAll(pk.budgetLine("P01", "P01.K1.S1", 1_000_000)).add(pk.target("IKU-1", target))
                .add(pk.signed()).at(BadungEvents.REALISASI_FROM)
                .add(pk.realisasi("IKU-1", Periode.JAN, "70")).add(pk.realisasi("IKU-1", Periode.FEB, "75"));
        if (corrected) {
            events.at(BadungEvents.REALISASI_FROM.plusSeconds(60L * 10)).add(pk.realisasi("IKU-1", Periode.FEB, "77"));
        }
        return events.envelopes();
    }
}
