package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.Penolakan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the "as of" of a page: empty for now; a date-time field's value ({@code 2023-09-22T10:15:30.123}) in the
 * portal's zone, meaning the end of that millisecond (so a moment picked on the slider includes everything recorded
 * in it); or an instant with its offset. The services get it as an instant in UTC.
 */
public final class AsOf {

    private AsOf() {
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
