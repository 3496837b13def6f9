package id.kinerja.command.verifikasi;

import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.command.pk.BadungPk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static id.kinerja.api.common.Periode.TW3;
import static id.kinerja.api.common.Periode.TW4;
import static id.kinerja.command.pk.BadungPk.PK;

/**
 * Badung's first triwulan of 2023 at each step of the reporting cycle: two indicators planned per triwulan — UTTP
 * ditera (70 planned, 72 reached) and pengaduan konsumen (lower is better: 5,00 % planned, 6,00 % reached, so it
 * needs a kendala) — their bukti dukung, and March's budget realisation.
 */
final class Tw1 {

    static final Berkas BERITA_ACARA = new Berkas("9f2c" + "0".repeat(60), "berita-acara-tera-tw1.pdf", 182_344,
            "application/pdf");
    static final Berkas REKAP_PENGADUAN = new Berkas("4be1" + "1".repeat(60), "rekap-pengaduan.png", 88_120,
            "image/png");
    static final KendalaRecorded KENDALA_PENGADUAN = new KendalaRecorded(PK, "SK-4", TW1,
            "Lonjakan pengaduan minyak goreng kemasan pada Maret", "Pengawasan bersama Disperindag provinsi di pasar");
    static final LocalDate TENGGAT = LocalDate.of(2023, 4, 15);

    private Tw1() {
    }

    /** Signed, with the triwulan plan, and TW I's realisasi recorded: not yet supported or explained. */
    static List<Object> recorded() {
        List<Object> events = new ArrayList<>(BadungPk.signed());
        events.add(new RencanaAksiSet(PK, "SK-1", List.of(new PeriodTarget(TW1, Nilai.of("70")),
                new PeriodTarget(TW2, Nilai.of("585")), new PeriodTarget(TW3, Nilai.of("120")),
                new PeriodTarget(TW4, Nilai.of("170"))), "Kepala Bidang Metrologi", null, 0));
        events.add(new RencanaAksiSet(PK, "SK-4", List.of(new PeriodTarget(TW1, Nilai.of("5.00")),
                new PeriodTarget(TW2, Nilai.of("5.00")), new PeriodTarget(TW3, Nilai.of("5.00")),
                new PeriodTarget(TW4, Nilai.of("5.00"))), "Kepala Bidang Perlindungan Konsumen", null, 0));
        events.add(new RealisasiRecorded(PK, "SK-1", TW1, Nilai.of("72"), null, Map.of(), null, null));
        events.add(new RealisasiRecorded(PK, "SK-4", TW1, Nilai.of("6.00"), null, Map.of(), null, null));
        events.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)));
        return events;
    }

    /** Recorded and supported by bukti dukung, but the shortfall not explained. */
    static List<Object> supported() {
        List<Object> events = recorded();
        events.add(new BuktiDukungAttached(PK, BuktiUntuk.realisasi("SK-1", TW1), BERITA_ACARA));
        events.add(new BuktiDukungAttached(PK, BuktiUntuk.realisasi("SK-4", TW1), REKAP_PENGADUAN));
        return events;
    }

    /** Recorded, supported by bukti dukung and explained: ready to submit. */
    static List<Object> complete() {
        return plus(supported(), KENDALA_PENGADUAN);
    }

    static List<Object> submitted() {
        List<Object> events = complete();
        events.add(new PeriodeSubmitted(PK, TW1, null, null, false));
        return events;
    }

    static List<Object> returned() {
        List<Object> events = submitted();
        events.add(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.DIKEMBALIKAN, "Lampirkan berita acara tera."));
        return events;
    }

    static List<Object> verified() {
        List<Object> events = submitted();
        events.add(new VerifikasiRecorded(PK, TW1, HasilVerifikasi.TERVERIFIKASI, null));
        return events;
    }

    static List<Object> plus(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }
}
