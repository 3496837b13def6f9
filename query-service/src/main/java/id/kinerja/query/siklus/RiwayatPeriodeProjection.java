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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

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

    private final JdbcTemplate jdbc;

    public RiwayatPeriodeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.update("""
                INSERT INTO riwayat_periode (tenant, opd, year, period, langkah, kode, anggaran, uraian, catatan,
                                             terlambat, oleh, event_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pk.opd().tenant().code(), pk.opd().code(), pk.year(),
                period.name(), langkah.name(), kode, anggaran, uraian, catatan, terlambat, envelope.actor(),
                envelope.eventId(), History.timestamp(envelope.recordedAt()));
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
