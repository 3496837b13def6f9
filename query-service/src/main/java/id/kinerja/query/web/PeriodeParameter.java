package id.kinerja.query.web;

import id.kinerja.api.common.Periode;
import id.kinerja.web.TidakSah;

import java.util.Locale;

/** A period parameter ({@code period}, {@code sampai}): TW1–TW4, JAN–DES or TAHUN; absent means TAHUN. */
public final class PeriodeParameter {

    private PeriodeParameter() {
    }

    public static Periode periode(String name, String period) {
        if (period == null || period.isBlank()) {
            return Periode.TAHUN;
        }
        try {
            return Periode.valueOf(period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TidakSah(name, name + " '" + period + "' tidak dikenal: TW1–TW4, JAN–DES atau TAHUN");
        }
    }
}
