package id.kinerja.command.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static id.kinerja.command.pk.BadungPk.PK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored events are never edited: events written before the jadwal existed — without {@code lewatTenggat} — read
 * as on time, and the new field round-trips.
 */
class EventEvolutionTest {

    private final ObjectMapper json = EventJson.mapper();

    @Test
    void a_realisasi_stored_before_late_marking_reads_as_on_time() throws Exception {
        String stored = """
                {"pk":"51.03/diskopukmp/pk/2023","indicatorCode":"IKU-1.1","period":"TW1","value":7.56,
                 "pendingReason":null,"components":{},"formula":null,"statedValue":null}""";
        assertThat(json.readValue(stored, RealisasiRecorded.class)).isEqualTo(
                new RealisasiRecorded(PK, "IKU-1.1", Periode.TW1, Nilai.of("7.56"), null, Map.of(), null, null));
        String spending = """
                {"pk":"51.03/diskopukmp/pk/2023","subKegiatanCode":"P01.K1.S1","month":"MAR","amount":1250000}""";
        assertThat(json.readValue(spending, RealisasiAnggaranRecorded.class).lewatTenggat()).isNull();
    }

    @Test
    void a_late_entry_keeps_the_date_it_missed() throws Exception {
        RealisasiRecorded late = new RealisasiRecorded(PK, "IKU-1.1", Periode.TW1, Nilai.of("7.56"), null, Map.of(),
                null, null, LocalDate.of(2023, 4, 15));
        String written = json.writeValueAsString(late);
        assertThat(written).contains("\"lewatTenggat\":\"2023-04-15\"");
        assertThat(json.readValue(written, RealisasiRecorded.class)).isEqualTo(late);
        RealisasiAnggaranRecorded spending = new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR,
                Rupiah.of(1_250_000), LocalDate.of(2023, 4, 10));
        assertThat(json.readValue(json.writeValueAsString(spending), RealisasiAnggaranRecorded.class))
                .isEqualTo(spending);
    }
}
