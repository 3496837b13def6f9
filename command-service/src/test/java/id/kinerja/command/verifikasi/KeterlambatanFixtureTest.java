package id.kinerja.command.verifikasi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.command.jadwal.JadwalUji;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PkFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.command.pk.BadungPk.PK;

/**
 * Late entries: a realisasi or budget realisation recorded after its period's due date in the daerah's jadwal is
 * accepted and carries the date it missed; without a jadwal nothing is late.
 */
class KeterlambatanFixtureTest {

    private static final Instant ON_TIME = Instant.parse("2023-04-10T02:00:00Z");
    private static final Instant LATE = Instant.parse("2023-04-20T02:00:00Z");
    private static final RecordRealisasi UTTP = new RecordRealisasi(PK, "SK-1", TW1, Nilai.of("72"), null, null, null);

    @Test
    void a_realisasi_after_the_due_date_is_accepted_and_marked_late() {
        JadwalUji jadwal = JadwalUji.tanpaJadwal().tenggat(TW1, Tw1.TENGGAT);
        PkFixtures.dengan(jadwal).givenCurrentTime(ON_TIME).andGiven(BadungPk.signed())
                .when(UTTP)
                .expectEvents(new RealisasiRecorded(PK, "SK-1", TW1, Nilai.of("72"), null, Map.of(), null, null));
        PkFixtures.dengan(jadwal).givenCurrentTime(LATE).andGiven(BadungPk.signed())
                .when(UTTP)
                .expectEvents(new RealisasiRecorded(PK, "SK-1", TW1, Nilai.of("72"), null, Map.of(), null, null,
                        Tw1.TENGGAT));
        PkFixtures.tanpaJadwal().givenCurrentTime(LATE).andGiven(BadungPk.signed())
                .when(UTTP)
                .expectEvents(new RealisasiRecorded(PK, "SK-1", TW1, Nilai.of("72"), null, Map.of(), null, null));
    }

    @Test
    void a_late_correction_is_marked_late_too() {
        PkFixtures.dengan(JadwalUji.tanpaJadwal().tenggat(TW1, Tw1.TENGGAT)).givenCurrentTime(LATE)
                .andGiven(Tw1.recorded())
                .when(new CorrectRealisasi(PK, "SK-1", TW1, Nilai.of("71"), null, null, "Berita acara direvisi"))
                .expectEvents(new RealisasiCorrected(PK, "SK-1", TW1, Nilai.of("71"), null, Map.of(), null,
                        Nilai.of("72"), "Berita acara direvisi", Tw1.TENGGAT));
    }

    @Test
    void a_months_budget_realisation_is_due_with_the_month_or_else_with_its_triwulan() {
        LocalDate marchDue = LocalDate.of(2023, 4, 10);
        PkFixtures.dengan(JadwalUji.tanpaJadwal().tenggat(Periode.MAR, marchDue).tenggat(TW1, Tw1.TENGGAT))
                .givenCurrentTime(Instant.parse("2023-04-12T02:00:00Z")).andGiven(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)))
                .expectEvents(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000),
                        marchDue));
        PkFixtures.dengan(JadwalUji.tanpaJadwal().tenggat(TW1, Tw1.TENGGAT))
                .givenCurrentTime(Instant.parse("2023-04-12T02:00:00Z")).andGiven(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)))
                .expectEvents(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)));
    }
}
