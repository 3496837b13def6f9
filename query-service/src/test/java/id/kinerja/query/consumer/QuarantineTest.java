package id.kinerja.query.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events recorded before the bounds of docs/batas-nilai.md may carry anything. The projection stores numbers as they
 * were recorded — {@code 1e309} in the numeric column, a number of 200.000 digits as its exact text (V7, NilaiColumns)
 * — and sets aside what PostgreSQL cannot hold at all (a NUL in a name) in projection_quarantine; and goes on: the
 * events after them, of every tenant, are applied.
 */
class QuarantineTest extends ReadModelTest {

    @Autowired
    MeterRegistry metrics;

    @Test
    void a_value_the_database_cannot_hold_is_set_aside_and_the_projection_goes_on() {
        SmallPk luwu = new SmallPk("73.98", "karantina", 2024, Instant.parse("2024-01-02T00:00:00Z"));
        SmallPk.EnvelopeList events = luwu.start("Kabupaten Karantina", List.of(SmallPk.sasaran("S1", "Sasaran",
                SmallPk.indicator("IKU-1", "Persentase koperasi sehat", Polarity.HIGHER_IS_BETTER))));
        events.add(luwu.target("IKU-1", "80")).add(luwu.signed())
                .add(luwu.realisasi("IKU-1", Periode.TW1, "1E+309"))
                .add(new RealisasiCorrected(luwu.pk(), "IKU-1", Periode.TW1, Nilai.of(new BigDecimal("1E+200000")),
                        null, null, null, Nilai.of("1E+309"), "lama"))
                .add(new PerangkatDaerahRegistered(new OpdId(TenantId.of("73.98"), "nul"), "Dinas\u0000Nul"))
                .add(luwu.realisasi("IKU-1", Periode.TW2, "81.5"));
        List<EventEnvelope> all = events.envelopes();
        double before = metrics.counter("kinerja.query.events.quarantined").count();

        publishAndWait(all);

        assertThat(jdbc.queryForObject("""
                SELECT value_angka FROM realisasi WHERE tenant = '73.98' AND period = 'TW2'""", BigDecimal.class))
                .isEqualByComparingTo("81.5");
        assertThat(jdbc.queryForObject("""
                SELECT value_angka FROM realisasi WHERE tenant = '73.98' AND period = 'TW1' AND recorded_to IS NOT NULL""",
                BigDecimal.class)).isEqualByComparingTo("1E+309");
        // Never falsified: the driver would have written 1E+200000 as 0; it is kept as its exact text.
        assertThat(jdbc.queryForMap("""
                SELECT value_angka, value_teks FROM realisasi
                WHERE tenant = '73.98' AND period = 'TW1' AND recorded_to IS NULL""")).containsEntry("value_angka", null)
                .containsEntry("value_teks", "1E+200000");
        List<String> setAside = jdbc.queryForList("""
                SELECT payload_type FROM projection_quarantine WHERE tenant = '73.98' ORDER BY global_index""",
                String.class);
        assertThat(setAside).containsExactly(PerangkatDaerahRegistered.class.getName());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM perangkat_daerah WHERE tenant = '73.98'", Long.class))
                .isEqualTo(1L);
        assertThat(metrics.counter("kinerja.query.events.quarantined").count() - before).isEqualTo(1);

        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/projection/details/quarantined").asLong()).isGreaterThanOrEqualTo(1);
    }
}
