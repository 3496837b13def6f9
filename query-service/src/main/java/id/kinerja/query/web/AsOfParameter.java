package id.kinerja.query.web;

import id.kinerja.api.common.Periode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code asOf} parameter every query takes: a recorded time with its offset, ISO-8601
 * ({@code 2023-08-01T00:00:00Z} or {@code 2023-08-01T08:00:00+08:00}); absent means now. A time without offset is
 * refused: an auditor in WITA and one in WIB must not get different answers to the same text.
 */
public final class AsOfParameter {

    private AsOfParameter() {
    }

    public static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(asOf.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("asOf", "asOf '" + asOf
                    + "' bukan waktu ISO-8601 dengan zona, mis. 2023-08-01T00:00:00Z atau 2023-08-01T08:00:00+08:00");
        }
    }

    public static Periode periode(String period) {
        if (period == null || period.isBlank()) {
            return Periode.TAHUN;
        }
        try {
            return Periode.valueOf(period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("period", "period '" + period
                    + "' tidak dikenal: TW1–TW4, JAN–DES atau TAHUN");
        }
    }
}
