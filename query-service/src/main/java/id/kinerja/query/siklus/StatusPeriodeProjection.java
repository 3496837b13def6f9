package id.kinerja.query.siklus;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.StatusPeriode;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each period's report stands (status_periode): every step of the cycle closes the period's open row and
 * opens the new status with who took the step, its note, and the last submission (when, by whom, how late).
 */
@Component
public class StatusPeriodeProjection implements Projection {

    private final History history;
    private final JdbcTemplate jdbc;

    public StatusPeriodeProjection(History history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof PeriodeSubmitted e) {
            Map<String, Object> submission = new LinkedHashMap<>();
            submission.put("diajukan_pada", History.timestamp(envelope.recordedAt()));
            submission.put("diajukan_oleh", envelope.actor());
            submission.put("tenggat", e.tenggat());
            submission.put("terlambat", e.terlambat());
            step(e.pk(), e.period(), StatusPeriode.DIAJUKAN, e.catatan(), submission, envelope);
        } else if (event instanceof VerifikasiRecorded e) {
            StatusPeriode status = e.hasil() == HasilVerifikasi.TERVERIFIKASI ? StatusPeriode.TERVERIFIKASI
                    : StatusPeriode.DIKEMBALIKAN;
            step(e.pk(), e.period(), status, e.catatan(), lastSubmission(e.pk(), e.period()), envelope);
        } else if (event instanceof PeriodeReopened e) {
            step(e.pk(), e.period(), StatusPeriode.DIBUKA_KEMBALI, e.alasan(), lastSubmission(e.pk(), e.period()),
                    envelope);
        }
    }

    private void step(PerjanjianKinerjaId pk, Periode period, StatusPeriode status, String catatan,
                      Map<String, Object> submission, EventEnvelope envelope) {
        Map<String, Object> key = Keys.of(pk);
        key.put("period", period.name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status.name());
        values.put("catatan", catatan);
        values.put("oleh", envelope.actor());
        values.putAll(submission);
        history.replace("status_periode", key, values, envelope.recordedAt());
    }

    /** The submission the open row carries (none for verdicts stored before submission existed). */
    private Map<String, Object> lastSubmission(PerjanjianKinerjaId pk, Periode period) {
        history.flush(); // the batch's rows so far, so a submission earlier in it is seen
        List<Map<String, Object>> open = jdbc.queryForList("""
                SELECT diajukan_pada, diajukan_oleh, tenggat, terlambat FROM status_periode
                WHERE tenant = ? AND opd = ? AND year = ? AND period = ? AND recorded_to IS NULL""",
                pk.opd().tenant().code(), pk.opd().code(), pk.year(), period.name());
        Map<String, Object> submission = new LinkedHashMap<>();
        Map<String, Object> row = open.isEmpty() ? Map.of() : open.get(0);
        Object at = row.get("diajukan_pada");
        submission.put("diajukan_pada", at instanceof Timestamp t ? History.timestamp(t.toInstant())
                : at instanceof Instant i ? History.timestamp(i) : at);
        submission.put("diajukan_oleh", row.get("diajukan_oleh"));
        submission.put("tenggat", row.get("tenggat"));
        submission.put("terlambat", Boolean.TRUE.equals(row.get("terlambat")));
        return submission;
    }
}
