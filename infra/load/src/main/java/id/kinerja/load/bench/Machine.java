package id.kinerja.load.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the figures were measured on: processors, how busy the machine was (load averages, as {@code uptime} shows
 * them; other work shares the machine) and the PostgreSQL settings that matter for commits.
 */
record Machine(Instant at, int processors, String loadAverages) {

    static Machine now() {
        String load;
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            load = parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            load = "unknown";
        }
        return new Machine(Instant.now(), Runtime.getRuntime().availableProcessors(), load);
    }

    static Map<String, String> postgres(String url, String user, String password) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "shared_buffers",
                    "max_connections")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }
}
