package id.kinerja.load.bench;

import id.kinerja.load.province.Wilayah;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A province as wide as the issue's, 38 kabupaten/kota × 40 perangkat daerah, without the hours of commands it would
 * take here: every kabupaten/kota of the province (its real codes and names) is registered in the read models and
 * given {@code opd} PKs, each the rows of one loaded kabupaten's PK copied in SQL under the new tenant and a new OPD
 * code ({@code f3-<code>}: the copy's slot), round the loaded PKs in turn. The loaded kabupaten keep their own PKs and
 * are filled up to {@code opd} the same way. So the roll-up, and the documents of a kabupaten, read a province of that
 * size. Nothing is added to the event store or the topic; a replay would rebuild the loaded daerah only.
 */
final class ProvinceFill {

    /** What was filled. */
    record Result(int kabupatenKota, int opd, int pksCopied, long rows, double seconds) {
    }

    private final String url;
    private final String user;
    private final String password;
    private final PrintStream out;

    ProvinceFill(String url, String user, String password, PrintStream out) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.out = out;
    }

    Result fill(String provinsi, int year, int opd) throws SQLException {
        long start = System.nanoTime();
        List<Wilayah.Daerah> kabupatenKota = Wilayah.kabupatenKota(provinsi);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            List<String[]> sources = sources(c, provinsi, year);
            if (sources.isEmpty()) {
                throw new IllegalStateException("no PK of a kabupaten/kota of province " + provinsi + " to copy");
            }
            int copies = plan(c, kabupatenKota, year, opd, sources);
            register(c, provinsi, kabupatenKota);
            long rows = 0;
            for (Map.Entry<String, List<String>> table : CopiedTables.having(c, Set.of("tenant", "opd")).entrySet()) {
                List<String> columns = table.getValue();
                String values = String.join(", ", columns.stream().map(column -> switch (column) {
                    case "tenant" -> "m.dst_tenant";
                    case "opd" -> "m.dst_opd";
                    case "event_id" -> "m.slot || x.event_id"; // unique on its own
                    case "ringkasan" -> "jsonb_set(x.ringkasan::jsonb, '{opd}', to_jsonb(m.dst_opd))::text";
                    default -> "x." + column;
                }).toList());
                try (Statement s = c.createStatement()) {
                    rows += s.executeUpdate("INSERT INTO " + table.getKey() + " (" + String.join(", ", columns)
                            + ") SELECT " + values + " FROM " + table.getKey() + " x JOIN fill_map m"
                            + " ON x.tenant = m.src_tenant AND x.opd = m.src_opd");
                }
                out.printf("  %s: %,d rows so far%n", table.getKey(), rows);
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
            return new Result(kabupatenKota.size(), opd, copies, rows, (System.nanoTime() - start) / 1e9);
        }
    }

    /** The loaded PKs of the year of the province's kabupaten/kota (not the province's own), in code order. */
    private static List<String[]> sources(Connection c, String provinsi, int year) throws SQLException {
        List<String[]> sources = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tenant, opd FROM perjanjian_kinerja"
                + " WHERE tenant LIKE ? AND year = ? AND recorded_to IS NULL ORDER BY tenant, opd")) {
            s.setString(1, provinsi + ".%");
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sources.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return sources;
    }

    /** Which loaded PK each new PK copies, in {@code fill_map}; returns how many new PKs. */
    private static int plan(Connection c, List<Wilayah.Daerah> kabupatenKota, int year, int opd,
                            List<String[]> sources) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE fill_map (src_tenant text, src_opd text, dst_tenant text, dst_opd text,"
                    + " slot text) ON COMMIT DROP");
        }
        int next = 0;
        int copies = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO fill_map VALUES (?, ?, ?, ?, ?)")) {
            for (Wilayah.Daerah kab : kabupatenKota) {
                int own = (int) sources.stream().filter(pk -> pk[0].equals(kab.code())).count();
                for (int slot = own; slot < opd; slot++) {
                    String[] source = sources.get(next++ % sources.size());
                    String prefix = "f" + slot + "-";
                    insert.setString(1, source[0]);
                    insert.setString(2, source[1]);
                    insert.setString(3, kab.code());
                    insert.setString(4, prefix + source[1]);
                    insert.setString(5, prefix + kab.code() + "-");
                    insert.addBatch();
                    copies++;
                }
            }
            insert.executeBatch();
        }
        return copies;
    }

    /** The kabupaten/kota not loaded, registered as the loaded ones are (from their first registration on). */
    private static void register(Connection c, String provinsi, List<Wilayah.Daerah> kabupatenKota)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO pemda (tenant, name, jenis, provinsi, recorded_from)
                SELECT ?, ?, ?, ?, min(recorded_from) FROM pemda WHERE provinsi = ?
                HAVING NOT EXISTS (SELECT 1 FROM pemda WHERE tenant = ?)""")) {
            for (Wilayah.Daerah kab : kabupatenKota) {
                s.setString(1, kab.code());
                s.setString(2, kab.name());
                s.setString(3, kab.jenis());
                s.setString(4, provinsi);
                s.setString(5, provinsi);
                s.setString(6, kab.code());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
