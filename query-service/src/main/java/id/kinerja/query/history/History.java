package id.kinerja.query.history;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
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

    private static final int NUMERIC_INTEGER_DIGITS = 131_000;
    private static final int NUMERIC_DECIMALS = 16_383;
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
        values.forEach(History::requireStorable);
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

    /** The key columns of everything that belongs to one PK: tenant, OPD and year. */
    public static Map<String, Object> pkKey(PerjanjianKinerjaId pk) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", pk.opd().tenant().code());
        key.put("opd", pk.opd().code());
        key.put("year", pk.year());
        return key;
    }

    /**
     * PostgreSQL's numeric holds 131.072 digits before the point and 16.383 after. The driver would not refuse a
     * larger number — it would write a wrong one (1E+200000 arrives as 0) — so such a value is refused here and its
     * event set aside (see EventApplier) rather than stored falsified.
     */
    private static void requireStorable(String column, Object value) {
        if (value instanceof BigDecimal number && (number.precision() - number.scale() > NUMERIC_INTEGER_DIGITS
                || number.scale() > NUMERIC_DECIMALS)) {
            throw new IllegalArgumentException("nilai kolom " + column + " di luar jangkauan numeric PostgreSQL: "
                    + number.precision() + " digit, skala " + number.scale());
        }
    }

    public static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
