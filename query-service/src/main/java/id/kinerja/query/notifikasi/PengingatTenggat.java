package id.kinerja.query.notifikasi;

import id.kinerja.query.notifikasi.Notifikasi.Jenis;
import id.kinerja.query.siklus.PeriodeStatus;
import id.kinerja.query.siklus.PeriodeStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Deadlines do not arrive as events: every so often ({@code kinerja.notifikasi.pengingat-ms}, hourly by default) the
 * schedules in force are checked and each period due within a week, or past due and not submitted, gets one
 * reminder in the outbox — once per period and due date, however often the check runs or on how many instances.
 */
@Component
public class PengingatTenggat {

    private static final Logger log = LoggerFactory.getLogger(PengingatTenggat.class);

    private final JdbcTemplate jdbc;
    private final PeriodeStatuses statuses;
    private final TransactionTemplate transaction;

    public PengingatTenggat(JdbcTemplate jdbc, PeriodeStatuses statuses, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.transaction = transaction;
    }

    @Scheduled(initialDelayString = "${kinerja.notifikasi.pengingat-awal-ms:60000}",
            fixedDelayString = "${kinerja.notifikasi.pengingat-ms:3600000}")
    public void periksa() {
        periksa(Instant.now());
    }

    /** @return how many new reminders were written */
    public int periksa(Instant now) {
        int year = now.atZone(ZoneOffset.UTC).getYear();
        List<Map<String, Object>> schedules = jdbc.queryForList("SELECT DISTINCT tenant, year FROM jadwal"
                + " WHERE recorded_to IS NULL AND year BETWEEN ? AND ?", year - 1, year);
        int written = 0;
        for (Map<String, Object> schedule : schedules) {
            String tenant = (String) schedule.get("tenant");
            int of = ((Number) schedule.get("year")).intValue();
            Integer count = transaction.execute(status -> remind(tenant, of, now));
            written += count == null ? 0 : count;
        }
        if (written > 0) {
            log.info("{} deadline reminders written to the outbox", written);
        }
        return written;
    }

    private int remind(String tenant, int year, Instant now) {
        int written = 0;
        for (PeriodeStatus period : statuses.daerah(tenant, year, now)) {
            Jenis jenis = NotifikasiQueries.jenis(period);
            if (jenis == Jenis.TENGGAT_MENDEKAT || jenis == Jenis.TERLAMBAT) {
                written += NotifikasiKeluar.write(jdbc, NotifikasiQueries.of(jenis, period), now) ? 1 : 0;
            }
        }
        return written;
    }
}
