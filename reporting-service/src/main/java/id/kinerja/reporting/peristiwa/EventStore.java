package id.kinerja.reporting.peristiwa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.fakta.LipatanPk;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.queryapi.provinsi.RekapSusun;
import id.kinerja.reporting.sumber.PkRef;
import id.kinerja.reporting.sumber.Sumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Auditor mode: a document's facts folded from the raw events in the event store — not from any projection — through
 * the same reading of events query-service uses ({@link LipatanPk}), so an auditor can check that the documents agree
 * with what was recorded. Events are read per aggregate in stored order and kept when recorded up to the moment
 * asked (recorded times are stored as ISO-8601 text and compared here as instants, never as strings).
 */
@Component
public class EventStore implements Sumber {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String API_PACKAGE = "id.kinerja.api.";

    private final JdbcTemplate eventStore;

    public EventStore(JdbcTemplate eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Jenis jenis() {
        return Jenis.PERISTIWA;
    }

    /** The events are folded whole whatever the parts asked for: the fold reads every event of the daerah anyway. */
    @Override
    public Optional<FaktaPk> fakta(PkRef ref, Set<FaktaPk.Bagian> parts) {
        Optional<FaktaPk> now = fold(ref.tenant(), ref.opd(), ref.year(), Batas.sampai(ref.asOf()));
        if (now.isEmpty() || ref.revision() == null) {
            return now;
        }
        Revisi inForce = now.get().pk().inForce();
        if (inForce != null && inForce.revision() == ref.revision()) {
            return now;
        }
        return now.get().revisions().stream().filter(r -> r.revision() == ref.revision() + 1).findFirst()
                .flatMap(next -> fold(ref.tenant(), ref.opd(), ref.year(), Batas.sebelum(next.recordedAt())));
    }

    @Override
    public Optional<RekapProvinsi> rekap(String provinsi, int year, Instant asOf) {
        Batas batas = Batas.sampai(asOf);
        Daerah province = daerah(provinsi, batas);
        if (province.name == null) {
            return Optional.empty();
        }
        List<RekapSusun.Daerah> daerah = new ArrayList<>();
        for (String tenant : eventStore.queryForList("SELECT tenant FROM event_chain_head WHERE tenant LIKE ?",
                String.class, provinsi + ".%")) {
            Daerah kab = daerah(tenant, batas);
            if (kab.name != null) {
                daerah.add(new RekapSusun.Daerah(tenant, kab.name, kab.opds.stream()
                        .map(opd -> fold(tenant, opd, year, batas)).flatMap(Optional::stream).toList()));
            }
        }
        return Optional.of(RekapSusun.rekap(provinsi, province.name, year, asOf, daerah));
    }

    /** A PK year's facts from the events recorded within the bound. */
    private Optional<FaktaPk> fold(String tenant, String opd, int year, Batas batas) {
        LipatanPk lipatan = new LipatanPk(tenant, opd, year, batas.at());
        PerjanjianKinerjaId pk = new PerjanjianKinerjaId(new OpdId(TenantId.of(tenant), opd), year);
        PerjanjianKinerjaId lastYear = new PerjanjianKinerjaId(pk.opd(), year - 1);
        List<String> renstra = new ArrayList<>();
        events(List.of(tenant, pk.toString(), lastYear.toString()), batas, event -> {
            lipatan.terapkan(event.payload(), event.recordedAt(), event.actor());
            if (event.payload() instanceof PerjanjianKinerjaDrafted drafted && drafted.pk().equals(pk)) {
                renstra.add(drafted.renstra().toString());
            }
        });
        if (!renstra.isEmpty()) {
            events(renstra, batas, event -> lipatan.terapkan(event.payload(), event.recordedAt(), event.actor()));
        }
        return lipatan.hasil();
    }

    /** A daerah's name and perangkat daerah as registered within the bound. */
    private Daerah daerah(String tenant, Batas batas) {
        Daerah daerah = new Daerah();
        events(List.of(tenant), batas, event -> {
            if (event.payload() instanceof PemerintahDaerahRegistered registered) {
                daerah.name = registered.name();
            } else if (event.payload() instanceof PerangkatDaerahRegistered registered) {
                daerah.opds.add(registered.opd().code());
            }
        });
        daerah.opds.sort(null);
        return daerah;
    }

    private static final class Daerah {
        String name;
        final List<String> opds = new ArrayList<>();
    }

    /** The moment the events are folded up to: including it, or only what came strictly before. */
    private record Batas(Instant at, boolean before) {

        static Batas sampai(Instant at) {
            return new Batas(at, false);
        }

        static Batas sebelum(Instant at) {
            return new Batas(at, true);
        }

        boolean includes(Instant recorded) {
            return before ? recorded.isBefore(at) : !recorded.isAfter(at);
        }
    }

    /** A stored event read back: its api payload (null for one this service does not know), time and actor. */
    record Stored(Object payload, Instant recordedAt, String actor) {
    }

    /** Streams the api events of the aggregates, in stored order, recorded within the bound. */
    private void events(List<String> aggregates, Batas batas, Consumer<Stored> to) {
        eventStore.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT payload_type, payload, meta_data, time_stamp FROM domain_event_entry
                    WHERE aggregate_identifier = ANY (?) ORDER BY global_index""");
            statement.setFetchSize(500);
            statement.setArray(1, connection.createArrayOf("varchar", aggregates.toArray()));
            return statement;
        }, (ResultSet row) -> {
            Instant recorded = Instant.parse(row.getString("time_stamp"));
            if (batas.includes(recorded)) {
                Object payload = event(row.getString("payload_type"), row.getBytes("payload"));
                if (payload != null) {
                    to.accept(new Stored(payload, recorded, actor(row)));
                }
            }
        });
    }

    private static String actor(ResultSet row) throws SQLException {
        byte[] metaData = row.getBytes("meta_data");
        if (metaData == null) {
            return null;
        }
        try {
            JsonNode actor = JSON.readTree(metaData).path("actor");
            return actor.isTextual() ? actor.asText() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("stored event metadata is unreadable", e);
        }
    }

    private static Object event(String type, byte[] payload) {
        if (!type.startsWith(API_PACKAGE)) {
            return null;
        }
        try {
            return JSON.readValue(payload, Class.forName(type));
        } catch (ClassNotFoundException unknown) {
            return null; // an event type this service does not know is not part of a document
        } catch (IOException e) {
            throw new UncheckedIOException("stored event " + type + " is unreadable", e);
        }
    }
}
