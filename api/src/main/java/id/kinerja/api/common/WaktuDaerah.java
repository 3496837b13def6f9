package id.kinerja.api.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * A daerah's own calendar day. Indonesia spans three zones — WIB (Sumatra, Java, West and Central Kalimantan),
 * WITA (Bali, Nusa Tenggara, the rest of Kalimantan, Sulawesi) and WIT (Maluku, Papua) — and a deadline
 * ("the 10th of the next month") ends at midnight where the daerah is, so lateness is judged on its local date.
 */
public final class WaktuDaerah {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    /** Province codes (Kemendagri) on WITA: Bali, NTB, NTT, South/East/North Kalimantan, all of Sulawesi. */
    private static final Set<String> WITA_PROVINCES = Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73",
            "74", "75", "76");

    private WaktuDaerah() {
    }

    public static ZoneId zone(TenantId daerah) {
        String provinsi = daerah.provinsi().code();
        if (WITA_PROVINCES.contains(provinsi)) {
            return WITA;
        }
        return provinsi.startsWith("8") || provinsi.startsWith("9") ? WIT : WIB;
    }

    /** The daerah's date at an instant. */
    public static LocalDate date(TenantId daerah, Instant at) {
        return LocalDate.ofInstant(at, zone(daerah));
    }
}
