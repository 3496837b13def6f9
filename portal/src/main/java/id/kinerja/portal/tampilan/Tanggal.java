package id.kinerja.portal.tampilan;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date or a moment typed the Indonesian way — {@code 22-09-2023}, {@code 22/09/2023 10.15},
 * {@code 22 Sep 2023 10.15.30,123 WITA}, as the pages print them — and the ISO form ({@code 2023-09-22T10:15}) that
 * older links carry. The pages ask for dates in text fields: a browser's own date control orders day and month by the
 * browser's language (month first in English), whatever the page's language is.
 */
public final class Tanggal {

    /** A typed moment: where it starts and how far it reaches — a date the whole day, {@code 10.15} the minute. */
    public record Momen(LocalDateTime mulai, Duration rentang, ZoneId zona) {

        /** The last microsecond the text covers (the services store microseconds). */
        public Instant akhir(ZoneId portal) {
            return mulai.atZone(zona == null ? portal : zona).toInstant().plus(rentang).minus(1, ChronoUnit.MICROS);
        }

        public boolean mencakup(Instant instant, ZoneId portal) {
            Instant awal = mulai.atZone(zona == null ? portal : zona).toInstant();
            return !instant.isBefore(awal) && !instant.isAfter(akhir(portal));
        }
    }

    private static final Map<String, Integer> BULAN = Map.ofEntries(Map.entry("jan", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("februari", 2), Map.entry("mar", 3), Map.entry("maret", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("juli", 7), Map.entry("agu", 8), Map.entry("agt", 8),
            Map.entry("agustus", 8), Map.entry("sep", 9), Map.entry("september", 9), Map.entry("okt", 10),
            Map.entry("oktober", 10), Map.entry("nov", 11), Map.entry("november", 11), Map.entry("des", 12),
            Map.entry("desember", 12));
    private static final Map<String, ZoneId> ZONA = Map.of("WIB", ZoneId.of("Asia/Jakarta"),
            "WITA", ZoneId.of("Asia/Makassar"), "WIT", ZoneId.of("Asia/Jayapura"));

    private static final String JAM = "(?:[ T,]+(\\d{1,2})[.:](\\d{2})(?:[.:](\\d{2})(?:[.,](\\d{1,9}))?)?)?";
    private static final String ZONA_TEKS = "(?:\\s*(WIB|WITA|WIT))?";
    /** 22-09-2023 or 22/09/2023, then a time. */
    private static final Pattern ANGKA = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})" + JAM + ZONA_TEKS);
    /** 22 September 2023 or 22 Sep 2023, then a time. */
    private static final Pattern NAMA = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})" + JAM + ZONA_TEKS);
    /** 2023-09-22, then a time. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + JAM + ZONA_TEKS);

    private Tanggal() {
    }

    /** The moment typed, or empty when the text is not one (or names a day that does not exist). */
    public static Optional<Momen> momen(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim();
        try {
            Matcher m = ANGKA.matcher(text);
            if (m.matches()) {
                return Optional.of(momen(LocalDate.of(year(m, 3), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), m));
            }
            m = NAMA.matcher(text);
            if (m.matches()) {
                Integer month = BULAN.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? Optional.empty()
                        : Optional.of(momen(LocalDate.of(year(m, 3), month, Integer.parseInt(m.group(1))), m));
            }
            m = ISO.matcher(text);
            if (m.matches()) {
                return Optional.of(momen(LocalDate.of(year(m, 1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), m));
            }
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The date typed (a day, no time), or empty when the text is not one. */
    public static Optional<LocalDate> tanggal(String typed) {
        return momen(typed).filter(m -> m.rentang().equals(Duration.ofDays(1)) && m.zona() == null)
                .map(m -> m.mulai().toLocalDate());
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Groups 4–8 of each pattern: hour, minute, second, fraction, zone. */
    private static Momen momen(LocalDate day, Matcher m) {
        ZoneId zone = m.group(8) == null ? null : ZONA.get(m.group(8));
        if (m.group(4) == null) {
            return new Momen(day.atStartOfDay(), Duration.ofDays(1), zone);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        if (m.group(6) == null) {
            return new Momen(day.atTime(hour, minute), Duration.ofMinutes(1), zone);
        }
        int second = Integer.parseInt(m.group(6));
        String fraction = m.group(7);
        if (fraction == null) {
            return new Momen(day.atTime(hour, minute, second), Duration.ofSeconds(1), zone);
        }
        int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        long unit = Math.max(1_000, (long) Math.pow(10, 9 - fraction.length()));
        return new Momen(day.atTime(LocalTime.of(hour, minute, second, nanos)), Duration.ofNanos(unit), zone);
    }
}
