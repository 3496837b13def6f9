package id.kinerja.query.verifikasi;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A period returned by the verifier with a note, then verified after the correction — both as of their time. */
class VerifikasiEndpointTest extends ReadModelTest {

    @Test
    void the_verdict_in_force_and_the_one_before_it() {
        SmallPk pk = new SmallPk("73.26", "verif-dinas", 2024, Instant.parse("2024-04-10T00:00:00Z"));
        SmallPk.EnvelopeList events = pk.start("Kabupaten Luwu Utara", List.of(SmallPk.sasaran("S1",
                        "Meningkatnya koperasi sehat", SmallPk.indicator("IKU-1", "Koperasi sehat",
                                Polarity.HIGHER_IS_BETTER))))
                .add(pk.target("IKU-1", "7")).add(pk.signed())
                .add(pk.realisasi("IKU-1", Periode.TW1, "6"))
                .add(new VerifikasiRecorded(pk.pk(), Periode.TW1, HasilVerifikasi.DIKEMBALIKAN,
                        "Lampirkan bukti dukung"));
        Instant returned = pk.clock();
        events.add(new VerifikasiRecorded(pk.pk(), Periode.TW1, HasilVerifikasi.TERVERIFIKASI, null));
        publishAndWait(events.envelopes());

        String url = "/api/tenants/73.26/opd/verif-dinas/pk/2024/verifikasi";
        JsonNode now = http.getForObject(url, JsonNode.class);
        assertThat(now).hasSize(1);
        assertThat(now.get(0).path("hasil").asText()).isEqualTo("TERVERIFIKASI");
        JsonNode before = http.getForObject(url + "?asOf=" + returned.minusSeconds(1), JsonNode.class);
        assertThat(before.get(0).path("hasil").asText()).isEqualTo("DIKEMBALIKAN");
        assertThat(before.get(0).path("catatan").asText()).isEqualTo("Lampirkan bukti dukung");
    }
}
