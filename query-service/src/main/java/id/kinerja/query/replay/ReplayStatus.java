package id.kinerja.query.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Progress of the current or last replay, as stored in {@code replay_run}: records read of the topic's records up to
 * the end offsets noted at the start, events applied (those of the tenant replayed) and the phase — {@code BUILDING}
 * the tables beside the live ones, {@code SWITCHING} them in (waiting for live batches to finish, catching up with
 * what the live consumer applied meanwhile).
 *
 * @param tenant null when all tenants are rebuilt
 */
public record ReplayStatus(String state, String phase, String tenant, Instant startedAt, Instant finishedAt,
                           long totalRecords, long readRecords, long appliedEvents, BigDecimal percent, String error) {

    public static final String IDLE = "IDLE";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String BUILDING = "BUILDING";
    public static final String SWITCHING = "SWITCHING";

    static ReplayStatus idle() {
        return new ReplayStatus(IDLE, null, null, null, null, 0, 0, 0, BigDecimal.ZERO, null);
    }

    static BigDecimal percent(long total, long read) {
        return total == 0 ? BigDecimal.valueOf(100).setScale(2)
                : BigDecimal.valueOf(Math.min(read, total) * 100).divide(BigDecimal.valueOf(total), 2,
                RoundingMode.HALF_UP);
    }

    public boolean running() {
        return RUNNING.equals(state);
    }
}
