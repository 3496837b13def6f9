package id.kinerja.query.history;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes read-model rows as recorded-time ranges. A change never updates a fact: it closes the key's open row at
 * the event's recorded time and opens a new row from that time, so every earlier state stays queryable with
 * {@link AsOf}. Table and column names come from the projections' code, never from input.
 */
@Component
public class History {

    private static final int NUMERIC_INTEGER_DIGITS = 131_000;
    private static final int NUMERIC_DECIMALS = 16_383;

    private final JdbcTemplate jdbc;

    public History(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Closes the open rows matching the key (one, or all rows of a group such as a Rencana Aksi's periods). */
    public int close(String table, Map<String, Object> key, Instant at) {
        List<Object> args = new ArrayList<>();
        args.add(timestamp(at));
        args.addAll(key.values());
        String where = key.keySet().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
        return jdbc.update("UPDATE " + table + " SET recorded_to = ? WHERE " + where + " AND recorded_to IS NULL",
                args.toArray());
    }

    /** Opens a row valid from {@code at}; the key columns are part of {@code values}. */
    public void open(String table, Map<String, Object> values, Instant at) {
        values.forEach(History::requireStorable);
        Map<String, Object> row = new LinkedHashMap<>(values);
        row.put("recorded_from", timestamp(at));
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(c -> c.equals("pihak_pertama") || c.equals("pihak_kedua")
                || c.equals("components") ? "CAST(? AS jsonb)" : "?").collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
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
