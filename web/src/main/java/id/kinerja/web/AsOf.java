package id.kinerja.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The {@code asOf} parameter every read takes: a recorded time with its offset, ISO-8601
 * ({@code 2023-08-01T00:00:00Z} or {@code 2023-08-01T08:00:00+08:00}); absent means now. A time without offset is
 * refused: an auditor in WITA and one in WIB must not get different answers to the same text. Now is taken to the
 * millisecond, the precision the event store records times in.
 */
public final class AsOf {

    public static final String DESCRIPTION = "Recorded time, ISO-8601 with offset (e.g. 2023-08-01T00:00:00Z); "
            + "absent = now";

    private AsOf() {
    }

    public static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
        try {
            return OffsetDateTime.parse(asOf.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new TidakSah("asOf", "asOf '" + asOf
                    + "' bukan waktu ISO-8601 dengan zona, mis. 2023-08-01T00:00:00Z atau 2023-08-01T08:00:00+08:00");
        }
    }
}
