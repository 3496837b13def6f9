package id.kinerja.reporting.verifikasi;

import id.kinerja.api.integritas.Rantai;
import id.kinerja.queryapi.dokumen.HasilVerifikasi;
import id.kinerja.queryapi.dokumen.VersiDokumen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The daerah's event hash chains in the event store: how far a chain reached at a recorded moment (what a document of
 * that moment is based on), and whether it is still intact up to a link, recomputed event by event ({@link Rantai}).
 */
@Component
public class RantaiDaerah {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate eventStore;

    public RantaiDaerah(JdbcTemplate eventStore) {
        this.eventStore = eventStore;
    }

    /** The last link of the daerah's chain whose event was recorded up to {@code per}; position 0 when none. */
    public VersiDokumen.Rantai posisi(String tenant, Instant per) {
        List<VersiDokumen.Rantai> last = eventStore.query("""
                        SELECT c.position, c.hash FROM event_chain c JOIN domain_event_entry e
                          ON e.global_index = c.global_index
                        WHERE c.tenant = ? AND CAST(e.time_stamp AS timestamptz) <= ?
                        ORDER BY c.position DESC LIMIT 1""",
                (row, i) -> new VersiDokumen.Rantai(tenant, row.getLong(1), HEX.formatHex(row.getBytes(2))), tenant,
                java.sql.Timestamp.from(per));
        return last.isEmpty() ? new VersiDokumen.Rantai(tenant, 0, "") : last.get(0);
    }

    /** The province and its kabupaten/kota with a chain, by code: the daerah a province's recap is made of. */
    public List<String> provinsi(String provinsi) {
        return eventStore.queryForList("SELECT tenant FROM event_chain_head WHERE tenant = ? OR tenant LIKE ? "
                + "ORDER BY tenant", String.class, provinsi, provinsi + ".%");
    }

    /**
     * Recomputes the chain from its first link up to the named one, and compares the stored hash there with the one
     * the document names (all of it, or the first 16 hex digits its address carries).
     */
    public HasilVerifikasi.RantaiDiperiksa periksa(VersiDokumen.Rantai named) {
        Rantai rantai = new Rantai();
        eventStore.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT c.position, c.hash, e.global_index, e.event_identifier, e.aggregate_identifier,
                           e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data
                    FROM event_chain c LEFT JOIN domain_event_entry e ON e.global_index = c.global_index
                    WHERE c.tenant = ? AND c.position <= ? ORDER BY c.position""");
            statement.setFetchSize(500);
            statement.setString(1, named.tenant());
            statement.setLong(2, named.posisi());
            return statement;
        }, (ResultSet row) -> {
            rantai.next(new Rantai.Tautan(row.getLong("position"), row.getBytes("hash"),
                    row.getObject("global_index", Long.class), row.getString("event_identifier"),
                    row.getString("aggregate_identifier"), row.getObject("sequence_number", Long.class),
                    row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                    row.getBytes("payload"), row.getBytes("meta_data")));
        });
        String stored = rantai.links() == 0 ? "" : HEX.formatHex(rantai.head());
        boolean reached = rantai.links() == named.posisi();
        HasilVerifikasi.Putus putus = rantai.putus().map(p -> new HasilVerifikasi.Putus(p.position(),
                        p.payloadType() == null ? null : p.payloadType().substring(p.payloadType().lastIndexOf('.') + 1),
                        p.aggregateId(), p.sequence(), p.timeStamp(), p.problem()))
                .orElse(reached ? null : new HasilVerifikasi.Putus(rantai.links() + 1, null, null, null, null,
                        "the chain ends before link " + named.posisi()));
        boolean sameHash = named.posisi() == 0 ? stored.isEmpty()
                : named.hash().length() >= TautanVerifikasi.HASH_PREFIX && stored.startsWith(named.hash());
        return new HasilVerifikasi.RantaiDiperiksa(named.tenant(), named.posisi(), putus == null && sameHash, stored,
                putus);
    }
}
