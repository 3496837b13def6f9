package id.kinerja.query.history;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes a batch of events makes to the read models, gathered in memory and written with a handful of statements
 * instead of two per event: per table, the closes of rows stored before the batch (one JDBC batch per key shape, in
 * the order they were asked for), then every row the batch opened — with the recorded time at which a later event of
 * the same batch closed it already filled in — as one batched insert. The rows come out exactly as writing each change
 * at once would leave them; nothing in the projections reads the read models while applying, so nothing needs them
 * written sooner. When each PK's rows changed is written with them ({@link PkVersiBatch}).
 */
final class HistoryBatch {

    /** A row the batch opened; {@code recordedTo} is set when a later change of the batch closes it. */
    private static final class Row {
        final Map<String, Object> values;
        OffsetDateTime recordedTo;

        Row(Map<String, Object> values) {
            this.values = values;
        }
    }

    /**
     * The rows a table's batch opened, found by the values of a set of key columns: a close looks its key up instead
     * of comparing it with every row opened so far (which made a batch's cost grow with its square).
     */
    private static final class Opened {
        final List<Row> rows = new ArrayList<>();
        final Map<List<String>, Map<List<Object>, List<Row>>> byKey = new HashMap<>();

        void add(Row row) {
            rows.add(row);
            byKey.forEach((columns, index) -> index.computeIfAbsent(values(row.values, columns),
                    v -> new ArrayList<>()).add(row));
        }

        List<Row> matching(Map<String, Object> key) {
            List<String> columns = key.keySet().stream().sorted().toList();
            Map<List<Object>, List<Row>> index = byKey.computeIfAbsent(columns, c -> {
                Map<List<Object>, List<Row>> built = new HashMap<>();
                rows.forEach(row -> built.computeIfAbsent(values(row.values, c), v -> new ArrayList<>()).add(row));
                return built;
            });
            return index.getOrDefault(values(key, columns), List.of());
        }

        private static List<Object> values(Map<String, Object> values, List<String> columns) {
            List<Object> picked = new ArrayList<>(columns.size());
            columns.forEach(column -> picked.add(values.get(column)));
            return picked;
        }
    }

    /** A close of rows stored before the batch. */
    private record Close(Map<String, Object> key, OffsetDateTime at) {
    }

    private final Map<String, Opened> opened = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> appended = new LinkedHashMap<>();
    private final Map<String, List<Close>> closes = new LinkedHashMap<>();
    private final Map<String, Set<Map<String, Object>>> closedKeys = new LinkedHashMap<>();
    private final PkVersiBatch versi = new PkVersiBatch();

    void close(String table, Map<String, Object> key, OffsetDateTime at) {
        versi.changed(key, at);
        Opened rows = opened.get(table);
        if (rows != null) {
            for (Row row : rows.matching(key)) {
                if (row.recordedTo == null) {
                    row.recordedTo = at;
                }
            }
        }
        // A key closed earlier in the batch has no stored open row left: closing it again changes nothing.
        if (closedKeys.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(new LinkedHashMap<>(key))) {
            closes.computeIfAbsent(table, t -> new ArrayList<>()).add(new Close(new LinkedHashMap<>(key), at));
        }
    }

    void open(String table, Map<String, Object> row) {
        versi.changed(row, (OffsetDateTime) row.get("recorded_from"));
        opened.computeIfAbsent(table, t -> new Opened()).add(new Row(row));
    }

    /** A row of a table without recorded-time ranges: a fact of its own, only ever inserted. */
    void append(String table, Map<String, Object> row) {
        appended.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    /** Writes everything gathered, table by table, and forgets it. */
    void write(JdbcTemplate jdbc) {
        Set<String> tables = new LinkedHashSet<>(closes.keySet());
        tables.addAll(opened.keySet());
        for (String table : tables) {
            writeCloses(jdbc, table, closes.getOrDefault(table, List.of()));
            writeRows(jdbc, table, opened.getOrDefault(table, new Opened()).rows.stream().map(row -> {
                Map<String, Object> values = new LinkedHashMap<>(row.values);
                values.put("recorded_to", row.recordedTo);
                return values;
            }).toList());
        }
        appended.forEach((table, rows) -> writeRows(jdbc, table, rows));
        versi.write(jdbc);
        opened.clear();
        appended.clear();
        closes.clear();
        closedKeys.clear();
    }

    private static void writeCloses(JdbcTemplate jdbc, String table, List<Close> closes) {
        int from = 0;
        while (from < closes.size()) {
            Set<String> columns = closes.get(from).key().keySet();
            int to = from;
            List<Object[]> args = new ArrayList<>();
            while (to < closes.size() && closes.get(to).key().keySet().equals(columns)) {
                List<Object> values = new ArrayList<>();
                values.add(closes.get(to).at());
                values.addAll(closes.get(to).key().values());
                args.add(values.toArray());
                to++;
            }
            String where = columns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
            jdbc.batchUpdate("UPDATE " + table + " SET recorded_to = ? WHERE " + where + " AND recorded_to IS NULL",
                    args);
            from = to;
        }
    }

    private static void writeRows(JdbcTemplate jdbc, String table, List<Map<String, Object>> rows) {
        Map<List<String>, List<Object[]>> byColumns = new LinkedHashMap<>();
        for (Map<String, Object> values : rows) {
            byColumns.computeIfAbsent(List.copyOf(values.keySet()), c -> new ArrayList<>())
                    .add(values.values().toArray());
        }
        byColumns.forEach((columns, args) -> jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + columns.stream().map(History::placeholder).collect(Collectors.joining(", ")) + ")",
                args));
    }
}
