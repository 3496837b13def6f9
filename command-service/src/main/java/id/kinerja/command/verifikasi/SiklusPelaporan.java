package id.kinerja.command.verifikasi;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.api.verifikasi.ReopenPeriode;
import id.kinerja.api.verifikasi.StatusPeriode;
import id.kinerja.api.verifikasi.SubmitPeriode;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.command.jadwal.Jadwal;
import id.kinerja.command.shared.DomainClock;
import id.kinerja.command.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;
import static id.kinerja.command.shared.Texts.trimmed;

/**
 * The reporting cycle of each period of a performance year: submitted (ajukan) by the perangkat daerah, verified
 * or returned by the verifier, reopened with a reason. Part of the Perjanjian Kinerja aggregate; it refuses steps
 * out of order and says whether a period's data may still change — not while submitted, not once verified, and
 * not after the daerah closed the period, unless the verifier returned or reopened it since.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class SiklusPelaporan {

    /**
     * @param dibukaSejak when the verifier last returned or reopened the period: a daerah's closure before that
     *                    no longer holds it
     */
    record Keadaan(StatusPeriode status, Instant dibukaSejak) {
    }

    private static final Keadaan BARU = new Keadaan(StatusPeriode.TERBUKA, null);

    private Map<Periode, Keadaan> periods = new EnumMap<>(Periode.class);

    public StatusPeriode status(Periode period) {
        return keadaan(period).status();
    }

    /**
     * Submission: only an open, returned or reopened period that has ended; the caller has checked it is complete.
     */
    public PeriodeSubmitted decide(PerjanjianKinerjaId pk, SubmitPeriode command, Jadwal jadwal) {
        Periode period = command.period();
        require(period != null, "required", "period", "periode yang diajukan wajib diisi");
        StatusPeriode status = status(period);
        require(status != StatusPeriode.DIAJUKAN, "periode-sudah-diajukan", "period",
                "periode " + period + " sudah diajukan dan menunggu verifikasi");
        require(status != StatusPeriode.TERVERIFIKASI, "periode-terverifikasi", "period", "periode " + period
                + " sudah diverifikasi; ajukan lagi hanya setelah verifikator membukanya kembali");
        LocalDate today = DomainClock.today(pk.opd().tenant());
        LocalDate end = period.lastDay(pk.year());
        require(today.isAfter(end), "periode-belum-berakhir", "period",
                "periode " + period + " " + pk.year() + " baru dapat diajukan setelah berakhir (" + end + ")");
        LocalDate due = jadwal.tenggat(period).orElse(null);
        return new PeriodeSubmitted(pk, period, trimmed(command.catatan()), due, due != null && today.isAfter(due));
    }

    /** A verdict only on a submitted period; a return says what to correct. */
    public VerifikasiRecorded decide(PerjanjianKinerjaId pk, RecordVerifikasi command) {
        Periode period = command.period();
        require(period != null, "required", "period", "periode yang diverifikasi wajib diisi");
        require(command.hasil() != null, "required", "hasil", "hasil verifikasi wajib diisi (TERVERIFIKASI atau "
                + "DIKEMBALIKAN)");
        if (command.hasil() == HasilVerifikasi.DIKEMBALIKAN) {
            requireText(command.catatan(), "catatan", "catatan yang menjelaskan apa yang harus diperbaiki");
        }
        StatusPeriode status = status(period);
        require(status != StatusPeriode.TERVERIFIKASI, "periode-terverifikasi", "period",
                "periode " + period + " sudah diverifikasi");
        require(status == StatusPeriode.DIAJUKAN, "periode-belum-diajukan", "period", "periode " + period
                + " belum diajukan oleh perangkat daerah" + (status == StatusPeriode.TERBUKA ? ""
                : " sejak " + (status == StatusPeriode.DIKEMBALIKAN ? "dikembalikan" : "dibuka kembali")));
        return new VerifikasiRecorded(pk, period, command.hasil(), trimmed(command.catatan()));
    }

    /** Reopening: a verified period, or one the daerah closed that is not open since; never a submitted one. */
    public PeriodeReopened decide(PerjanjianKinerjaId pk, ReopenPeriode command, Jadwal jadwal) {
        Periode period = command.period();
        require(period != null, "required", "period", "periode yang dibuka kembali wajib diisi");
        requireText(command.alasan(), "alasan", "alasan membuka kembali");
        StatusPeriode status = status(period);
        require(status != StatusPeriode.DIAJUKAN, "periode-diajukan", "period", "periode " + period
                + " sedang diajukan; kembalikan dengan catatan bila perlu diperbaiki");
        require(status == StatusPeriode.TERVERIFIKASI || closedSinceOpened(period, jadwal), "periode-tidak-terkunci",
                "period", "periode " + period + " tidak terkunci (belum diverifikasi dan tidak ditutup); "
                        + "perangkat daerah masih dapat mengubahnya");
        return new PeriodeReopened(pk, period, command.alasan().trim());
    }

    /** Refuses a change of realisasi, bukti dukung or kendala of a period that is locked. */
    public void requireEditable(Periode period, Jadwal jadwal, String field) {
        if (period == null) {
            return;
        }
        StatusPeriode status = status(period);
        require(status != StatusPeriode.DIAJUKAN, "periode-diajukan", field, "periode " + period
                + " sedang diajukan untuk diverifikasi; perubahan menunggu verifikator mengembalikannya");
        require(status != StatusPeriode.TERVERIFIKASI, "periode-terkunci", field, "periode " + period
                + " sudah diverifikasi dan terkunci; perubahan hanya setelah verifikator membukanya kembali");
        if (closedSinceOpened(period, jadwal)) {
            throw new RuleViolation("periode-ditutup", field, "periode " + period + " sudah ditutup oleh daerah "
                    + "setelah tenggatnya; perubahan hanya setelah verifikator membukanya kembali");
        }
    }

    /**
     * Refuses a change of a month's budget realisation (or its bukti dukung) while the month, its triwulan or the
     * year is locked: each of them reports that month's spending.
     */
    public void requireEditableMonth(Periode month, Jadwal jadwal, String field) {
        if (month == null || month.granularity() != Granularity.BULAN) {
            return;
        }
        for (Periode covering : List.of(month, Periode.all(Granularity.TRIWULAN).get((month.number() - 1) / 3),
                Periode.TAHUN)) {
            requireEditable(covering, jadwal, field);
        }
    }

    private boolean closedSinceOpened(Periode period, Jadwal jadwal) {
        Instant opened = keadaan(period).dibukaSejak();
        return jadwal.ditutupPada(period).map(closed -> opened == null || !opened.isAfter(closed)).orElse(false);
    }

    private Keadaan keadaan(Periode period) {
        return periods.getOrDefault(period, BARU);
    }

    public void on(PeriodeSubmitted event) {
        periods.put(event.period(), new Keadaan(StatusPeriode.DIAJUKAN, keadaan(event.period()).dibukaSejak()));
    }

    public void on(VerifikasiRecorded event, Instant at) {
        periods.put(event.period(), event.hasil() == HasilVerifikasi.TERVERIFIKASI
                ? new Keadaan(StatusPeriode.TERVERIFIKASI, keadaan(event.period()).dibukaSejak())
                : new Keadaan(StatusPeriode.DIKEMBALIKAN, at));
    }

    public void on(PeriodeReopened event, Instant at) {
        periods.put(event.period(), new Keadaan(StatusPeriode.DIBUKA_KEMBALI, at));
    }
}
