package id.kinerja.query.siklus;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/**
 * The history of each period (riwayat_periode): one row per event that touched it — its realisasi, its months'
 * budget realisation, bukti dukung, kendala and every step of the cycle — with what happened in a sentence, who did
 * it and when. Append-only: "as of" is every row recorded until then.
 */
@Component
public class RiwayatPeriodeProjection implements Projection {

    /** What happened, by kind; the portal and documents may translate or group them. */
    enum Langkah {
        REALISASI_DICATAT, REALISASI_DIKOREKSI, ANGGARAN_DICATAT, ANGGARAN_DIKOREKSI, BUKTI_DILAMPIRKAN, BUKTI_DILEPAS,
        KENDALA_DICATAT, DIAJUKAN, TERVERIFIKASI, DIKEMBALIKAN, DIBUKA_KEMBALI
    }

    private final History history;

    public RiwayatPeriodeProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof RealisasiRecorded e) {
            write(envelope, e.pk(), e.period(), Langkah.REALISASI_DICATAT, e.indicatorCode(), "realisasi "
                    + e.indicatorCode() + " dicatat: " + nilai(e.value(), e.pendingReason()) + late(e.lewatTenggat()),
                    null, e.lewatTenggat() != null);
        } else if (event instanceof RealisasiCorrected e) {
            write(envelope, e.pk(), e.period(), Langkah.REALISASI_DIKOREKSI, e.indicatorCode(), "realisasi "
                    + e.indicatorCode() + " dikoreksi: " + nilai(e.previous(), null) + " → "
                    + nilai(e.value(), e.pendingReason()) + late(e.lewatTenggat()), e.reason(), e.lewatTenggat() != null);
        } else if (event instanceof RealisasiAnggaranRecorded e) {
            write(envelope, e.pk(), e.month(), Langkah.ANGGARAN_DICATAT, e.subKegiatanCode(), "realisasi anggaran "
                    + e.subKegiatanCode() + " dicatat: Rp " + e.amount().amount() + late(e.lewatTenggat()), null,
                    e.lewatTenggat() != null);
        } else if (event instanceof RealisasiAnggaranCorrected e) {
            write(envelope, e.pk(), e.month(), Langkah.ANGGARAN_DIKOREKSI, e.subKegiatanCode(), "realisasi anggaran "
                    + e.subKegiatanCode() + " dikoreksi: Rp " + e.previous().amount() + " → Rp " + e.amount().amount()
                    + late(e.lewatTenggat()), e.reason(), e.lewatTenggat() != null);
        } else if (event instanceof BuktiDukungAttached e) {
            write(envelope, e.pk(), e.untuk().period(), Langkah.BUKTI_DILAMPIRKAN, e.untuk().kode(), spending(e.untuk()),
                    "bukti dukung " + berkas(e.berkas()) + " dilampirkan pada " + untuk(e.untuk()), null, false);
        } else if (event instanceof BuktiDukungRemoved e) {
            write(envelope, e.pk(), e.untuk().period(), Langkah.BUKTI_DILEPAS, e.untuk().kode(), spending(e.untuk()),
                    "bukti dukung " + berkas(e.berkas()) + " dilepas dari " + untuk(e.untuk()), e.alasan(), false);
        } else if (event instanceof KendalaRecorded e) {
            write(envelope, e.pk(), e.period(), Langkah.KENDALA_DICATAT, e.indicatorCode(), "kendala "
                    + e.indicatorCode() + " dicatat" + (e.tindakLanjut() == null ? " (tindak lanjut belum diisi)"
                    : " dengan tindak lanjut"), e.kendala(), false);
        } else if (event instanceof PeriodeSubmitted e) {
            write(envelope, e.pk(), e.period(), Langkah.DIAJUKAN, null, "periode diajukan untuk diverifikasi"
                    + (e.terlambat() ? ", terlambat (tenggat " + e.tenggat() + ")" : e.tenggat() == null ? ""
                    : ", tepat waktu (tenggat " + e.tenggat() + ")"), e.catatan(), e.terlambat());
        } else if (event instanceof VerifikasiRecorded e) {
            boolean verified = e.hasil() == HasilVerifikasi.TERVERIFIKASI;
            write(envelope, e.pk(), e.period(), verified ? Langkah.TERVERIFIKASI : Langkah.DIKEMBALIKAN, null,
                    verified ? "periode diverifikasi dan dikunci" : "periode dikembalikan untuk diperbaiki",
                    e.catatan(), false);
        } else if (event instanceof PeriodeReopened e) {
            write(envelope, e.pk(), e.period(), Langkah.DIBUKA_KEMBALI, null, "periode dibuka kembali", e.alasan(),
                    false);
        }
    }

    private void write(EventEnvelope envelope, PerjanjianKinerjaId pk, Periode period, Langkah langkah, String kode,
                       String uraian, String catatan, boolean terlambat) {
        write(envelope, pk, period, langkah, kode, langkah == Langkah.ANGGARAN_DICATAT
                || langkah == Langkah.ANGGARAN_DIKOREKSI, uraian, catatan, terlambat);
    }

    private void write(EventEnvelope envelope, PerjanjianKinerjaId pk, Periode period, Langkah langkah, String kode,
                       boolean anggaran, String uraian, String catatan, boolean terlambat) {
        Map<String, Object> row = History.pkKey(pk);
        row.put("period", period.name());
        row.put("langkah", langkah.name());
        row.put("kode", kode);
        row.put("anggaran", anggaran);
        row.put("uraian", uraian);
        row.put("catatan", catatan);
        row.put("terlambat", terlambat);
        row.put("oleh", envelope.actor());
        row.put("event_id", envelope.eventId());
        row.put("recorded_at", History.timestamp(envelope.recordedAt()));
        history.append("riwayat_periode", row); // with the batch's other rows, not one round trip per event
    }

    private static String nilai(Nilai value, String pending) {
        return value != null ? value.toString() : "menunggu" + (pending == null ? "" : " (" + pending + ")");
    }

    private static String late(LocalDate missed) {
        return missed == null ? "" : ", terlambat (tenggat " + missed + ")";
    }

    private static String berkas(Berkas berkas) {
        return "'" + berkas.nama() + "' (" + berkas.mediaType() + ", " + berkas.ukuran() + " byte, SHA-256 "
                + berkas.sha256().substring(0, 12) + "…)";
    }

    private static boolean spending(BuktiUntuk untuk) {
        return untuk.jenis() == BuktiUntuk.Jenis.REALISASI_ANGGARAN;
    }

    private static String untuk(BuktiUntuk untuk) {
        return (untuk.jenis() == BuktiUntuk.Jenis.REALISASI ? "realisasi " : "realisasi anggaran ") + untuk.kode();
    }
}
