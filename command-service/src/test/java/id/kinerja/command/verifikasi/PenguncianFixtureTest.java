package id.kinerja.command.verifikasi;

import id.kinerja.api.buktidukung.AttachBuktiDukung;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.buktidukung.RemoveBuktiDukung;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.ReopenPeriode;
import id.kinerja.command.jadwal.JadwalUji;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;
import static id.kinerja.command.verifikasi.Tw1.plus;

/**
 * What a period's cycle locks: while submitted and once verified, its realisasi, its months' budget realisation,
 * its bukti dukung and its kendala do not change; a return or a reopen with a reason opens them again. A daerah's
 * closure after the deadline locks them too, until the verifier reopens the period.
 */
class PenguncianFixtureTest {

    private static final CorrectRealisasi CORRECTION = new CorrectRealisasi(PK, "SK-1", TW1, Nilai.of("70"), null,
            null, "Salah hitung berita acara");
    private static final Berkas FOTO = new Berkas("77aa" + "2".repeat(60), "foto-tera.jpg", 512_000, "image/jpeg");

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    /** Every kind of change to TW I a perangkat daerah can send. */
    private static List<Object> changes() {
        return List.of(CORRECTION,
                new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.FEB, Rupiah.of(10_000)),
                new CorrectRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_200_000), "SP2D ganda"),
                new AttachBuktiDukung(PK, BuktiUntuk.realisasi("SK-1", TW1), FOTO),
                new RemoveBuktiDukung(PK, BuktiUntuk.realisasi("SK-1", TW1), Tw1.BERITA_ACARA.sha256(), null),
                new RecordKendala(PK, "SK-4", TW1, "Kendala lain", null));
    }

    @Test
    void nothing_of_a_submitted_period_changes_until_it_is_returned() {
        for (Object change : changes()) {
            fixture.given(Tw1.submitted()).when(change)
                    .expectException(violates("periode-diajukan", fieldOf(change)));
        }
        fixture.given(Tw1.returned()).when(CORRECTION)
                .expectEvents(new RealisasiCorrected(PK, "SK-1", TW1, Nilai.of("70"), null, Map.of(), null,
                        Nilai.of("72"), "Salah hitung berita acara"));
    }

    @Test
    void a_verified_period_is_locked_until_it_is_reopened() {
        for (Object change : changes()) {
            fixture.given(Tw1.verified()).when(change)
                    .expectException(violates("periode-terkunci", fieldOf(change)));
        }
        fixture.given(plus(Tw1.verified(), new PeriodeReopened(PK, TW1, "Temuan Inspektorat")))
                .when(new CorrectRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_200_000), "SP2D ganda"))
                .expectEvents(new RealisasiAnggaranCorrected(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_200_000),
                        Rupiah.of(1_250_000), "SP2D ganda"));
    }

    @Test
    void a_month_is_locked_by_its_triwulan_and_the_year_but_other_periods_stay_open() {
        fixture.given(Tw1.verified())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.APR, Rupiah.of(10_000)))
                .expectSuccessfulHandlerExecution();
        fixture.given(Tw1.verified())
                .when(new RecordRealisasi(PK, "SK-1", Periode.TAHUN, Nilai.of("945"), null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_period_the_daerah_closed_changes_only_after_a_reopen() {
        Instant closed = Instant.parse("2023-04-20T01:00:00Z");
        fixture = PkFixtures.dengan(JadwalUji.tanpaJadwal().tenggat(TW1, Tw1.TENGGAT).ditutup(TW1, closed));
        fixture.givenCurrentTime(Instant.parse("2023-04-21T01:00:00Z"))
                .andGiven(Tw1.complete())
                .when(CORRECTION)
                .expectException(violates("periode-ditutup", "period"));
        // A return before the closure does not outlast it.
        fixture.givenCurrentTime(Instant.parse("2023-04-19T01:00:00Z"))
                .andGiven(Tw1.returned())
                .andGivenCurrentTime(Instant.parse("2023-04-21T01:00:00Z"))
                .when(CORRECTION)
                .expectException(violates("periode-ditutup", "period"));
        fixture.givenCurrentTime(Instant.parse("2023-04-21T01:00:00Z"))
                .andGiven(Tw1.complete())
                .when(new ReopenPeriode(PK, TW1, "Data UTTP susulan dari UPT Metrologi"))
                .expectEvents(new PeriodeReopened(PK, TW1, "Data UTTP susulan dari UPT Metrologi"));
        fixture.givenCurrentTime(Instant.parse("2023-04-21T01:00:00Z"))
                .andGiven(plus(Tw1.complete(), new PeriodeReopened(PK, TW1, "Data UTTP susulan dari UPT Metrologi")))
                .andGivenCurrentTime(Instant.parse("2023-04-22T01:00:00Z"))
                .when(CORRECTION)
                .expectSuccessfulHandlerExecution();
    }

    private static String fieldOf(Object change) {
        if (change instanceof RecordRealisasiAnggaran || change instanceof CorrectRealisasiAnggaran) {
            return "month";
        }
        return change instanceof AttachBuktiDukung || change instanceof RemoveBuktiDukung ? "untuk.period" : "period";
    }
}
