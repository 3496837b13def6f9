package id.kinerja.query.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes read-model rows as recorded-time ranges. A change never updates a fact: it closes the key's open row at
 * the event's recorded time and opens a new row from that time, so every earlier state stays queryable with
 * {@link AsOf}. Table and column names come from the projections' code, never from input.
 * <p>
 * Inside a transaction the changes are gathered ({@link HistoryBatch}) and written together by {@link #flush()} — or,
 * at the latest, just before the transaction commits: a batch of events then costs a handful of statements rather than
 * two round trips to the database per event, which was what limited how fast query-service caught up (infra/load).
 * Outside a transaction each change is written at once.
 */
@Component
public class History {

    private static final Object BATCH = new Object();

    private final JdbcTemplate jdbc;

    public History(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Closes the open rows matching the key (one, or all rows of a group such as a Rencana Aksi's periods). */
    public void close(String table, Map<String, Object> key, Instant at) {
        HistoryBatch batch = batch();
        batch.close(table, key, timestamp(at));
        writeUnlessInTransaction(batch);
    }

    /** Opens a row valid from {@code at}; the key columns are part of {@code values}. */
    public void open(String table, Map<String, Object> values, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>(values);
        row.put("recorded_from", timestamp(at));
        HistoryBatch batch = batch();
        batch.open(table, row);
        writeUnlessInTransaction(batch);
    }

    /** Adds a row to a table whose rows are facts of their own (no recorded-time range), e.g. the riwayat. */
    public void append(String table, Map<String, Object> row) {
        HistoryBatch batch = batch();
        batch.append(table, new LinkedHashMap<>(row));
        writeUnlessInTransaction(batch);
    }

    /** Writes what the current transaction gathered so far, e.g. to find out whether one event's rows are storable. */
    public void flush() {
        if (TransactionSynchronizationManager.hasResource(BATCH)) {
            ((HistoryBatch) TransactionSynchronizationManager.getResource(BATCH)).write(jdbc);
        }
    }

    /** Forgets what the current transaction gathered and has not written, e.g. after rolling back to a savepoint. */
    public void discard() {
        if (TransactionSynchronizationManager.hasResource(BATCH)) {
            TransactionSynchronizationManager.unbindResource(BATCH);
            TransactionSynchronizationManager.bindResource(BATCH, new HistoryBatch());
        }
    }

    /** The current transaction's batch, bound on first use and written before it commits; outside one, a fresh one. */
    private HistoryBatch batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HistoryBatch();
        }
        if (!TransactionSynchronizationManager.hasResource(BATCH)) {
            TransactionSynchronizationManager.bindResource(BATCH, new HistoryBatch());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    History.this.flush(); // not TransactionSynchronization's own flush()
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BATCH);
                }
            });
        }
        return (HistoryBatch) TransactionSynchronizationManager.getResource(BATCH);
    }

    private void writeUnlessInTransaction(HistoryBatch batch) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            batch.write(jdbc);
        }
    }

    /** The placeholder of a column's value: JSON columns are cast from text. */
    static String placeholder(String column) {
        return column.equals("pihak_pertama") || column.equals("pihak_kedua") || column.equals("components")
                ? "CAST(? AS jsonb)" : "?";
    }

    /** The usual change: close the key's open row and open the new state. */
    public void replace(String table, Map<String, Object> key, Map<String, Object> values, Instant at) {
        close(table, key, at);
        Map<String, Object> row = new LinkedHashMap<>(key);
        row.putAll(values);
        open(table, row, at);
    }

    public static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
