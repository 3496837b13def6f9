package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.Penolakan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Reads the "as of" of a page: empty for now; a date-time field's value ({@code 2023-09-22T10:15:30.123}) in the
 * portal's zone, meaning the end of that millisecond (so a typed moment includes everything recorded in it); or an
 * instant with its offset. The services get it as an instant in UTC.
 *
 * <p>A field holds milliseconds, but events are recorded to the microsecond: two recorded moments of one import can
 * share a millisecond (a PK signed and its Perubahan). So the slider also sends the exact moment it stopped at
 * ({@code momen}); it counts while the field still shows that moment, and a moment typed by hand wins.
 */
public final class AsOf {

    private AsOf() {
    }

    public static Instant baca(String text, String momen, ZoneId zone) {
        Instant typed = baca(text, zone);
        if (typed == null || momen == null || momen.isBlank()) {
            return typed;
        }
        Instant exact = baca(momen.trim(), zone);
        boolean sameMillisecond = exact.truncatedTo(ChronoUnit.MILLIS).equals(typed.truncatedTo(ChronoUnit.MILLIS));
        return sameMillisecond ? exact : typed;
    }

    public static Instant baca(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(value);
                return local.getNano() % 1_000_000 == 0 ? local.atZone(zone).toInstant().plusNanos(999_999)
                        : local.atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new Penolakan(400, "malformed", "asOf", "waktu '" + value + "' tidak dikenali; pilih tanggal "
                        + "dan jam pada isian atau geser ke momen tercatat");
            }
        }
    }
}
