package id.kinerja.api.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * A period inside a performance year: a triwulan (TW I–IV), a month, or the whole year. Rencana Aksi targets
 * and realisasi are recorded per period; the year itself comes from the Perjanjian Kinerja they belong to.
 */
public enum Periode {
    TW1(Granularity.TRIWULAN, 1), TW2(Granularity.TRIWULAN, 2), TW3(Granularity.TRIWULAN, 3), TW4(Granularity.TRIWULAN, 4),
    JAN(Granularity.BULAN, 1), FEB(Granularity.BULAN, 2), MAR(Granularity.BULAN, 3), APR(Granularity.BULAN, 4),
    MEI(Granularity.BULAN, 5), JUN(Granularity.BULAN, 6), JUL(Granularity.BULAN, 7), AGU(Granularity.BULAN, 8),
    SEP(Granularity.BULAN, 9), OKT(Granularity.BULAN, 10), NOV(Granularity.BULAN, 11), DES(Granularity.BULAN, 12),
    TAHUN(Granularity.TAHUN, 1);

    public enum Granularity { TRIWULAN, BULAN, TAHUN }

    private final Granularity granularity;
    private final int number;

    Periode(Granularity granularity, int number) {
        this.granularity = granularity;
        this.number = number;
    }

    public Granularity granularity() {
        return granularity;
    }

    /** 1-based position within its granularity: TW3 is 3, MEI is 5, TAHUN is 1. */
    public int number() {
        return number;
    }

    public int firstMonth() {
        return switch (granularity) {
            case TRIWULAN -> (number - 1) * 3 + 1;
            case BULAN -> number;
            case TAHUN -> 1;
        };
    }

    public int lastMonth() {
        return switch (granularity) {
            case TRIWULAN -> number * 3;
            case BULAN -> number;
            case TAHUN -> 12;
        };
    }

    public LocalDate firstDay(int year) {
        return YearMonth.of(year, firstMonth()).atDay(1);
    }

    public LocalDate lastDay(int year) {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /** Every period of a granularity, in calendar order. */
    public static List<Periode> all(Granularity granularity) {
        return Arrays.stream(values()).filter(p -> p.granularity == granularity).toList();
    }

    public static Periode month(int month) {
        return all(Granularity.BULAN).get(month - 1);
    }
}
