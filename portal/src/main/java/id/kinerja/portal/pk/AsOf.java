package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.tampilan.Tanggal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the "as of" of a page: empty for now; a moment typed the Indonesian way ({@code 22-09-2023 10.15.30,123},
 * {@link Tanggal}) in the portal's zone, meaning the end of what it names (a date the whole day, a minute all of it:
 * everything recorded by then); or an exact instant with its offset, as links carry it. The services get an instant.
 *
 * <p>The field holds milliseconds, but events are recorded to the microsecond: two recorded moments of one import can
 * share a millisecond (a PK signed and its Perubahan). So the slider also sends the exact moment it stopped at
 * ({@code momen}); it counts while the field still shows that moment, and a moment typed by hand wins.
 */
public final class AsOf {

    private static final Duration MILIDETIK = Duration.ofMillis(1);

    private AsOf() {
    }

    public static Instant baca(String text, String momen, ZoneId zone) {
        Instant typed = baca(text, zone);
        if (typed == null || momen == null || momen.isBlank()) {
            return typed;
        }
        Instant exact = baca(momen.trim(), zone);
        Optional<Tanggal.Momen> shown = Tanggal.momen(text).filter(m -> m.rentang().compareTo(MILIDETIK) <= 0);
        return shown.isPresent() && shown.get().mencakup(exact, zone) ? exact : typed;
    }

    public static Instant baca(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            return Tanggal.momen(value).map(m -> m.akhir(zone)).orElseThrow(() -> new Penolakan(400, "malformed",
                    "asOf", "waktu '" + value + "' tidak dikenali; tulis tanggal dan jam seperti 22-09-2023 10.15 "
                            + "(atau tanggal saja), atau geser ke momen tercatat"));
        }
    }
}
