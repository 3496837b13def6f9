package id.kinerja.portal.tampilan;

import id.kinerja.portal.layanan.PortalProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Indonesian formatting for the pages ({@code ${@fmt.…}}): 19.878.378.920; 12,5 %; Rp 3.186.620; 22 Sep 2023
 * 10.15 WITA; TW1 as "Triwulan I". Numbers keep the scale the service gave them: a target typed 7,00 reads 7,00.
 */
@Component("fmt")
public class Format {

    public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final Map<String, String> PERIODE = Map.ofEntries(Map.entry("TW1", "Triwulan I"),
            Map.entry("TW2", "Triwulan II"), Map.entry("TW3", "Triwulan III"), Map.entry("TW4", "Triwulan IV"),
            Map.entry("JAN", "Januari"), Map.entry("FEB", "Februari"), Map.entry("MAR", "Maret"),
            Map.entry("APR", "April"), Map.entry("MEI", "Mei"), Map.entry("JUN", "Juni"), Map.entry("JUL", "Juli"),
            Map.entry("AGU", "Agustus"), Map.entry("SEP", "September"), Map.entry("OKT", "Oktober"),
            Map.entry("NOV", "November"), Map.entry("DES", "Desember"), Map.entry("TAHUN", "Tahun"));
    private static final Map<String, String> ZONA = Map.of("Asia/Jakarta", "WIB", "Asia/Makassar", "WITA",
            "Asia/Jayapura", "WIT");

    private final ZoneId zone;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter momentDetik;
    private final DateTimeFormatter isian;
    private final DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

    public Format(PortalProperties properties) {
        this.zone = properties.zona();
        String suffix = " '" + ZONA.getOrDefault(zone.getId(), zone.getId()) + "'";
        this.moment = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm" + suffix, INDONESIA).withZone(zone);
        this.momentDetik = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm.ss,SSS" + suffix, INDONESIA).withZone(zone);
        this.isian = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm.ss,SSS").withZone(zone);
    }

    /** A number as given: 19.878.378.920 or 7,50. */
    public String angka(Object number) {
        if (number == null) {
            return "–";
        }
        BigDecimal value = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(INDONESIA));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** A target or realisasi: a number, or a predikat as it is. */
    public String nilai(Object value) {
        if (value == null) {
            return "–";
        }
        return value instanceof Nilai nilai ? (nilai.angka() != null ? angka(nilai.angka()) : nilai.predikat())
                : angka(value);
    }

    /** A value as a user types it back: 7,5 (no thousands dots, so the field reads back unchanged). */
    public String isian(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Nilai nilai) {
            return nilai.angka() != null ? nilai.angka().toPlainString().replace('.', ',') : nilai.predikat();
        }
        return new BigDecimal(value.toString()).toPlainString().replace('.', ',');
    }

    /** An amount on a chart axis: 1,2 M (miliar), 350 jt (juta), 12 rb (ribu). */
    public static String singkat(Long amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat one = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(INDONESIA));
        if (Math.abs(amount) >= 1_000_000_000L) {
            return one.format(amount / 1e9) + " M";
        }
        if (Math.abs(amount) >= 1_000_000L) {
            return one.format(amount / 1e6) + " jt";
        }
        if (Math.abs(amount) >= 1_000L) {
            return one.format(amount / 1e3) + " rb";
        }
        return amount.toString();
    }

    public String persen(BigDecimal value) {
        return value == null ? "–" : angka(value) + " %";
    }

    public String rupiah(Object amount) {
        return amount == null ? "–" : "Rp " + angka(amount);
    }

    public String waktu(Instant instant) {
        return instant == null ? "–" : moment.format(instant);
    }

    /** A recorded moment to the millisecond: two changes a few milliseconds apart stay apart. */
    public String waktuTepat(Instant instant) {
        return instant == null ? "–" : momentDetik.format(instant);
    }

    /** The instant as a moment field shows it and {@link Tanggal} reads it back, in the portal's zone. */
    public String waktuIsian(Instant instant) {
        return instant == null ? "" : isian.format(instant);
    }

    public String tanggal(LocalDate day) {
        return day == null ? "–" : date.format(day);
    }

    /** A capaian status as it reads: belum ada, belum tersedia, tanpa target. */
    public String status(String status) {
        return status == null ? "–" : switch (status) {
            case "BELUM_ADA" -> "belum ada";
            case "PENDING" -> "belum tersedia";
            case "TANPA_TARGET" -> "tanpa target";
            case "TIDAK_TERHITUNG" -> "tidak terhitung";
            default -> status.toLowerCase(INDONESIA);
        };
    }

    public String periode(String code) {
        return code == null ? "–" : PERIODE.getOrDefault(code, code);
    }

    /** A code as an HTML id and CSS selector: IKU-1.1 → IKU-1_1. */
    public String id(String code) {
        return code == null ? "" : code.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public ZoneId zona() {
        return zone;
    }

    /** The zone as Indonesians name it: WIB, WITA, WIT. */
    public String zonaSingkat() {
        return ZONA.getOrDefault(zone.getId(), zone.getId());
    }
}
