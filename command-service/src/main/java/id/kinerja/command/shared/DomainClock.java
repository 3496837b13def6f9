package id.kinerja.command.shared;

import id.kinerja.api.common.TenantId;
import id.kinerja.api.common.WaktuDaerah;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date for rules such as "a realisasi cannot be recorded for a month that has not begun". It reads
 * Axon's event clock, the clock that stamps every event's recorded time (and that test fixtures fix), and
 * takes the date in Indonesia's easternmost zone (WIT) so no daerah is told that its today is the future.
 */
public final class DomainClock {

    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    private DomainClock() {
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), WIT);
    }

    /** The daerah's own date, for deadlines: a due date ends at midnight where the daerah is. */
    public static LocalDate today(TenantId daerah) {
        return WaktuDaerah.date(daerah, now());
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
