package id.kinerja.query.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Progress of the current or last replay: records read of the topic's records up to the end offsets seen at the
 * start, and events applied (those of the tenant replayed).
 *
 * @param tenant null when all tenants are rebuilt
 */
public record ReplayStatus(String state, String tenant, Instant startedAt, Instant finishedAt, long totalRecords,
                          long readRecords, long appliedEvents, BigDecimal percent, String error) {

    public static final String IDLE = "IDLE";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    static ReplayStatus idle() {
        return new ReplayStatus(IDLE, null, null, null, 0, 0, 0, BigDecimal.ZERO, null);
    }

    static ReplayStatus started(String tenant) {
        return new ReplayStatus(RUNNING, tenant, Instant.now(), null, 0, 0, 0, BigDecimal.ZERO, null);
    }

    ReplayStatus progress(long total, long read, long applied) {
        BigDecimal percent = total == 0 ? BigDecimal.valueOf(100).setScale(2)
                : BigDecimal.valueOf(read * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return new ReplayStatus(state, tenant, startedAt, finishedAt, total, read, applied, percent, error);
    }

    ReplayStatus done() {
        return new ReplayStatus(DONE, tenant, startedAt, Instant.now(), totalRecords, readRecords, appliedEvents,
                percent, null);
    }

    ReplayStatus failed(String message) {
        return new ReplayStatus(FAILED, tenant, startedAt, Instant.now(), totalRecords, readRecords, appliedEvents,
                percent, message);
    }

    public boolean running() {
        return RUNNING.equals(state);
    }
}
