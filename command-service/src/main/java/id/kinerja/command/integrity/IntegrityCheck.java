package id.kinerja.command.integrity;

import id.kinerja.api.common.TenantId;
import id.kinerja.command.buktidukung.PemeriksaanBerkas;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Recomputes a tenant's event hash chain (see V2__event_chain.sql) from the stored events and compares it with
 * the stored links, naming the first link that does not match: an event edited or deleted after it was written;
 * then the bukti dukung files against the hashes their events carry.
 * Streams the events in chain order, so a tenant's whole history is never held in memory.
 */
@Component
public class IntegrityCheck {

    private static final String EVENTS_IN_CHAIN_ORDER = """
            SELECT c.position, c.hash, e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number,
                   e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data
            FROM event_chain c LEFT JOIN domain_event_entry e ON e.global_index = c.global_index
            WHERE c.tenant = ? ORDER BY c.position""";

    private final JdbcTemplate jdbc;
    private final PemeriksaanBerkas berkas;

    IntegrityCheck(JdbcTemplate jdbc, PemeriksaanBerkas berkas) {
        this.jdbc = jdbc;
        this.berkas = berkas;
    }

    public ChainReport verify(TenantId tenant) {
        Walk walk = new Walk();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(EVENTS_IN_CHAIN_ORDER);
            statement.setFetchSize(500);
            statement.setString(1, tenant.code());
            return statement;
        }, walk::next);
        PemeriksaanBerkas.Hasil files = berkas.periksa(tenant);
        return new ChainReport(tenant.code(), walk.links, walk.previous.length == 0 ? null
                : HexFormat.of().formatHex(walk.previous), walk.broken == null && files.tidakUtuh().isEmpty(),
                walk.broken, files.diperiksa(), files.tidakUtuh());
    }

    /** Follows the chain link by link; remembers the first break and stops comparing after it. */
    private static final class Walk {
        long links;
        byte[] previous = new byte[0];
        ChainReport.BrokenLink broken;

        void next(ResultSet row) throws SQLException {
            links++;
            long position = row.getLong("position");
            byte[] stored = row.getBytes("hash");
            if (broken != null) {
                return;
            }
            if (position != links) {
                broken = new ChainReport.BrokenLink(links, null, null, null, null,
                        "link " + links + " is missing from the chain");
            } else if (row.getObject("global_index") == null) {
                broken = link(row, position, "the event of this link was deleted");
            } else if (!Arrays.equals(stored, expected(row))) {
                broken = link(row, position, "the stored event differs from what was chained when it was written");
            }
            previous = stored;
        }

        private byte[] expected(ResultSet row) throws SQLException {
            String header = String.join("|", row.getString("event_identifier"), row.getString("aggregate_identifier"),
                    Long.toString(row.getLong("sequence_number")), row.getString("payload_type"),
                    Objects.requireNonNullElse(row.getString("payload_revision"), ""), row.getString("time_stamp"));
            byte[] metaData = row.getBytes("meta_data");
            return sha256(previous, sha256(header.getBytes(StandardCharsets.UTF_8)), sha256(row.getBytes("payload")),
                    sha256(metaData == null ? new byte[0] : metaData));
        }

        private static ChainReport.BrokenLink link(ResultSet row, long position, String problem) throws SQLException {
            return new ChainReport.BrokenLink(position, (Long) row.getObject("global_index", Long.class),
                    row.getString("event_identifier"), row.getString("aggregate_identifier"),
                    (Long) row.getObject("sequence_number", Long.class), problem);
        }
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
