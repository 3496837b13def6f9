package id.kinerja.command.integrity;

import id.kinerja.api.common.TenantId;
import id.kinerja.api.integritas.Rantai;
import id.kinerja.command.buktidukung.PemeriksaanBerkas;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Recomputes a tenant's event hash chain (see V2__event_chain.sql) from the stored events and compares it with
 * the stored links ({@link Rantai}), naming the first link that does not match: an event edited or deleted after it
 * was written; then the bukti dukung files against the hashes their events carry. Streams the events in chain
 * order, so a tenant's whole history is never held in memory.
 */
@Component
public class IntegrityCheck {

    /** Every link of a tenant's chain with the event stored at it, in chain order. */
    public static final String EVENTS_IN_CHAIN_ORDER = """
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
        Rantai rantai = new Rantai();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(EVENTS_IN_CHAIN_ORDER);
            statement.setFetchSize(500);
            statement.setString(1, tenant.code());
            return statement;
        }, (ResultSet row) -> {
            rantai.next(tautan(row));
        });
        PemeriksaanBerkas.Hasil files = berkas.periksa(tenant);
        return new ChainReport(tenant.code(), rantai.links(), rantai.links() == 0 ? null
                : HexFormat.of().formatHex(rantai.head()), rantai.putus().isEmpty() && files.tidakUtuh().isEmpty(),
                rantai.putus().map(p -> new ChainReport.BrokenLink(p.position(), p.globalIndex(), p.eventId(),
                        p.aggregateId(), p.sequence(), p.problem())).orElse(null), files.diperiksa(),
                files.tidakUtuh());
    }

    static Rantai.Tautan tautan(ResultSet row) throws SQLException {
        return new Rantai.Tautan(row.getLong("position"), row.getBytes("hash"),
                row.getObject("global_index", Long.class), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getObject("sequence_number", Long.class),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }
}
