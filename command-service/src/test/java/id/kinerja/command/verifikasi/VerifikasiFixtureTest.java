package id.kinerja.command.verifikasi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.kinerja.api.common.Periode.TAHUN;
import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * Verifikasi: Bappeda or the Inspektorat verify a period's realisasi once something was recorded for it, or
 * return it with a note saying what to correct; a return may be followed by a verification after the correction.
 */
class VerifikasiFixtureTest {

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PerjanjianKinerja.class);
    }

    @Test
    void a_recorded_period_is_verified_or_returned_with_a_note() {
        fixture.given(recordedTw1())
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null))
                .expectEvents(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null));
        fixture.given(recordedTw1())
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, " Lampirkan berita acara tera. "))
                .expectEvents(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.DIKEMBALIKAN,
                        "Lampirkan berita acara tera."));
        fixture.given(recordedTw1())
                .when(new RecordVerifikasi(PK, TAHUN, HasilVerifikasi.TERVERIFIKASI, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_return_says_what_to_correct_and_nothing_unrecorded_is_verified() {
        fixture.given(recordedTw1())
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, " "))
                .expectException(violates("required", "catatan"));
        fixture.given(recordedTw1())
                .when(new RecordVerifikasi(PK, TW2, HasilVerifikasi.TERVERIFIKASI, null))
                .expectException(violates("nothing-to-verify", "period"));
        fixture.given(BadungPk.draftReadyToSign())
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null))
                .expectException(violates("pk-not-signed", null));
    }

    @Test
    void after_a_return_and_its_correction_the_period_is_verified_once() {
        List<Object> returned = new ArrayList<>(recordedTw1());
        returned.add(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, "Lampirkan berita acara tera."));
        fixture.given(returned)
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null))
                .expectEvents(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null));
        returned.add(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null));
        fixture.given(returned)
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static List<Object> recordedTw1() {
        List<Object> events = new ArrayList<>(BadungPk.signed());
        events.add(new RealisasiRecorded(PK, "IKU-1.1", TW1, Nilai.of("7.56"), null, Map.of(), null, null));
        return events;
    }
}
