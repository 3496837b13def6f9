package id.kinerja.query.notifikasi;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.notifikasi.Notifikasi.Jenis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Each step of the reporting cycle becomes a notification in the outbox, in the batch's transaction: submitted
 * (for the verifier), returned or reopened (for the perangkat daerah), verified (for the perangkat daerah).
 */
@Component
public class NotifikasiProjection implements Projection {

    private final JdbcTemplate jdbc;

    public NotifikasiProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof PeriodeSubmitted e) {
            write(envelope, Jenis.MENUNGGU_VERIFIKASI, e.pk(), e.period(), "Laporan " + e.period() + " " + e.pk().year()
                    + " diajukan oleh " + envelope.actor() + (e.terlambat() ? " (terlambat)" : "") + " dan menunggu "
                    + "verifikasi", e.catatan(), e.tenggat());
        } else if (event instanceof VerifikasiRecorded e) {
            boolean verified = e.hasil() == HasilVerifikasi.TERVERIFIKASI;
            write(envelope, verified ? Jenis.TERVERIFIKASI : Jenis.DIKEMBALIKAN, e.pk(), e.period(), "Laporan "
                    + e.period() + " " + e.pk().year() + (verified ? " telah diverifikasi oleh "
                    : " dikembalikan untuk diperbaiki oleh ") + envelope.actor(), e.catatan(), null);
        } else if (event instanceof PeriodeReopened e) {
            write(envelope, Jenis.DIBUKA_KEMBALI, e.pk(), e.period(), "Laporan " + e.period() + " " + e.pk().year()
                    + " dibuka kembali oleh " + envelope.actor(), e.alasan(), null);
        }
    }

    private void write(EventEnvelope envelope, Jenis jenis, PerjanjianKinerjaId pk, Periode period, String pesan,
                       String catatan, LocalDate tenggat) {
        Notifikasi notifikasi = new Notifikasi(envelope.eventId(), jenis, Penerima.untuk(jenis),
                pk.opd().tenant().code(), pk.opd().code(), null, pk.year(), period.name(), pesan, catatan,
                envelope.actor(), tenggat, envelope.recordedAt());
        NotifikasiKeluar.write(jdbc, notifikasi, envelope.recordedAt());
    }
}
