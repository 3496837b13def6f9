package id.kinerja.command.jadwal;

import id.kinerja.api.common.TenantId;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a daerah's schedule by folding the {@link JadwalPelaporan}'s few events straight from the event store,
 * without loading (and locking) that aggregate inside another's command.
 */
@Component
class JadwalDariEventStore implements JadwalDaerah {

    private final EventStore eventStore;

    JadwalDariEventStore(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Jadwal untuk(TenantId daerah, int year) {
        Jadwal jadwal = Jadwal.KOSONG;
        DomainEventStream events = eventStore.readEvents(new JadwalId(daerah, year).toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof JadwalSet set) {
                jadwal = jadwal.with(set);
            } else if (event.getPayload() instanceof PeriodeClosed closed) {
                jadwal = jadwal.with(closed, event.getTimestamp());
            }
        }
        return jadwal;
    }
}
