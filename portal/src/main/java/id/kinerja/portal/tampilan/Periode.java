package id.kinerja.portal.tampilan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The period codes the services use (TW1–TW4, JAN–DES, TAHUN), in calendar order, and when each ends. */
public final class Periode {

    public static final List<String> TRIWULAN = List.of("TW1", "TW2", "TW3", "TW4");
    public static final List<String> BULAN = List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP",
            "OKT", "NOV", "DES");

    private Periode() {
    }

    public static boolean valid(String code) {
        return code != null && (code.equals("TAHUN") || TRIWULAN.contains(code) || BULAN.contains(code));
    }

    /** The periods of a Rencana Aksi granularity (TRIWULAN or BULAN); the year alone otherwise. */
    public static List<String> dari(String granularity) {
        return "TRIWULAN".equals(granularity) ? TRIWULAN : "BULAN".equals(granularity) ? BULAN : List.of("TAHUN");
    }

    public static String granularitas(String code) {
        return TRIWULAN.contains(code) ? "TRIWULAN" : BULAN.contains(code) ? "BULAN" : "TAHUN";
    }

    public static LocalDate akhir(int year, String code) {
        int month = TRIWULAN.contains(code) ? (TRIWULAN.indexOf(code) + 1) * 3
                : BULAN.contains(code) ? BULAN.indexOf(code) + 1 : 12;
        return YearMonth.of(year, month).atEndOfMonth();
    }
}
