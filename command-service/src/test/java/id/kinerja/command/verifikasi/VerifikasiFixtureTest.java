package id.kinerja.command.verifikasi;

import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.api.verifikasi.ReopenPeriode;
import id.kinerja.api.verifikasi.SubmitPeriode;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.command.jadwal.JadwalUji;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;
import static id.kinerja.command.verifikasi.Tw1.plus;

/**
 * The reporting cycle of a period: the perangkat daerah submits it (ajukan) once it is complete, the verifier
 * verifies it or returns it with a note, a returned period is corrected and submitted again, and a verified one is
 * reopened only with a reason. Steps out of order are refused, each under its own rule.
 */
class VerifikasiFixtureTest {

    private static final RecordVerifikasi VERIFY = new RecordVerifikasi(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null);
    private static final String CATATAN = "Lampirkan berita acara tera.";

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_complete_period_is_submitted_then_verified_or_returned_with_a_note() {
        fixture.given(Tw1.complete())
                .when(new SubmitPeriode(PK, TW1, " Mohon diperiksa "))
                .expectEvents(new PeriodeSubmitted(PK, TW1, "Mohon diperiksa", null, false));
        fixture.given(Tw1.submitted())
                .when(VERIFY)
                .expectEvents(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null));
        fixture.given(Tw1.submitted())
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, " " + CATATAN + " "))
                .expectEvents(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, CATATAN));
        fixture.given(Tw1.submitted())
                .when(new RecordVerifikasi(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, " "))
                .expectException(violates("required", "catatan"));
    }

    @Test
    void a_returned_period_is_submitted_again_and_then_verified() {
        fixture.given(Tw1.returned())
                .when(new SubmitPeriode(PK, TW1, null))
                .expectEvents(new PeriodeSubmitted(PK, TW1, null, null, false));
        fixture.given(plus(Tw1.returned(), new PeriodeSubmitted(PK, TW1, null, null, false)))
                .when(VERIFY)
                .expectEvents(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null));
    }

    @Test
    void steps_out_of_order_are_refused() {
        fixture.given(Tw1.complete()).when(VERIFY).expectException(violates("periode-belum-diajukan", "period"));
        fixture.given(Tw1.returned()).when(VERIFY).expectException(violates("periode-belum-diajukan", "period"));
        fixture.given(Tw1.submitted()).when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("periode-sudah-diajukan", "period"));
        fixture.given(Tw1.verified()).when(VERIFY).expectException(violates("periode-terverifikasi", "period"));
        fixture.given(Tw1.verified()).when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("periode-terverifikasi", "period"));
        fixture.given(Tw1.complete()).when(new ReopenPeriode(PK, TW1, "Salah input"))
                .expectException(violates("periode-tidak-terkunci", "period"));
        fixture.given(Tw1.submitted()).when(new ReopenPeriode(PK, TW1, "Salah input"))
                .expectException(violates("periode-diajukan", "period"));
        fixture.given(BadungPk.draftReadyToSign()).when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("pk-not-signed", null));
    }

    @Test
    void a_verified_period_is_reopened_with_a_reason_and_goes_through_the_cycle_again() {
        fixture.given(Tw1.verified())
                .when(new ReopenPeriode(PK, TW1, " Temuan Inspektorat: realisasi UTTP dobel hitung "))
                .expectEvents(new PeriodeReopened(PK, TW1, "Temuan Inspektorat: realisasi UTTP dobel hitung"));
        fixture.given(Tw1.verified())
                .when(new ReopenPeriode(PK, TW1, ""))
                .expectException(violates("required", "alasan"));
        fixture.given(plus(Tw1.verified(), new PeriodeReopened(PK, TW1, "Temuan Inspektorat")))
                .when(new SubmitPeriode(PK, TW1, null))
                .expectEvents(new PeriodeSubmitted(PK, TW1, null, null, false));
    }

    @Test
    void only_a_complete_ended_period_is_submitted() {
        fixture.given(Tw1.recorded()).when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("bukti-dukung-belum-lengkap", "period"));
        fixture.given(Tw1.supported())
                .when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("kendala-belum-diisi", "period"));
        fixture.given(Tw1.complete()).when(new SubmitPeriode(PK, TW2, null))
                .expectException(violates("realisasi-belum-lengkap", "period"));
        fixture.given(BadungPk.signed()).when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("periode-kosong", "period"));
        fixture.givenCurrentTime(Instant.parse("2023-03-20T02:00:00Z"))
                .andGiven(Tw1.complete())
                .when(new SubmitPeriode(PK, TW1, null))
                .expectException(violates("periode-belum-berakhir", "period"));
    }

    @Test
    void a_submission_after_the_due_date_is_accepted_and_marked_late() {
        fixture = PkFixtures.dengan(JadwalUji.tanpaJadwal().tenggat(TW1, Tw1.TENGGAT));
        fixture.givenCurrentTime(Instant.parse("2023-04-15T15:30:00Z")) // 23.30 WITA on the due date
                .andGiven(Tw1.complete())
                .when(new SubmitPeriode(PK, TW1, null))
                .expectEvents(new PeriodeSubmitted(PK, TW1, null, Tw1.TENGGAT, false));
        fixture.givenCurrentTime(Instant.parse("2023-04-15T16:30:00Z")) // 00.30 WITA the next day
                .andGiven(Tw1.complete())
                .when(new SubmitPeriode(PK, TW1, null))
                .expectEvents(new PeriodeSubmitted(PK, TW1, null, Tw1.TENGGAT, true));
    }

    @Test
    void verdicts_recorded_before_submission_existed_still_replay() {
        // Stored before the cycle knew ajukan: a verdict straight after the realisasi. It still locks the period.
        fixture.given(plus(Tw1.recorded(), new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null)))
                .when(new ReopenPeriode(PK, TW1, "Koreksi data lama"))
                .expectEvents(new PeriodeReopened(PK, TW1, "Koreksi data lama"));
        fixture.given(plus(Tw1.recorded(), new VerifikasiRecorded(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, CATATAN)))
                .when(VERIFY)
                .expectException(violates("periode-belum-diajukan", "period"));
    }
}
