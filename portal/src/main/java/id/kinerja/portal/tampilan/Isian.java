package id.kinerja.portal.tampilan;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a user typed in a number field the Indonesian way — 7,5 and 19.878.378.920 as well as 7.5 — into the
 * plain form the services take (7.5, 19878378920). Only notation: whether the value is allowed is the services' call.
 */
public final class Isian {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PREDIKAT = Pattern.compile("(?i)AA|A|BB|B|CC|C|D");

    private Isian() {
    }

    /** The number typed, or empty when it is not one. */
    public static Optional<BigDecimal> angka(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.trim().replace(" ", "").replace("Rp", "").replace("%", "");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(".", "");
        }
        text = text.replace(',', '.');
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A realisasi or target as JSON wants it: a number, or a predikat's name; empty when neither. */
    public static Optional<Object> nilai(String typed) {
        if (typed != null && PREDIKAT.matcher(typed.trim()).matches()) {
            return Optional.of(typed.trim().toUpperCase(Locale.ROOT));
        }
        return angka(typed).map(number -> (Object) number);
    }
}
