package id.kinerja.query.consumer;

/**
 * A PostgreSQL advisory lock shared by every instance of query-service: live batches take it shared (they run
 * side by side), a replay takes it exclusively for its whole run, so no live batch can touch a tenant's rows
 * between the replay's delete and its last event — the rebuilt rows come out in event order.
 */
public final class ProjectionLock {

    /** "KinerjaQ" in ASCII: an arbitrary but fixed key. */
    public static final long KEY = 0x4B696E65726A6151L;

    private ProjectionLock() {
    }
}
