package id.kinerja.query.capaian;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The mean capaian of a sasaran or OPD. Indicators without a capaian (pending, no realisasi yet, no target) are
 * left out of the mean and listed, as 001 does for the PDRB indicators waiting for BPS.
 *
 * @param rataRata  null when no indicator could be counted
 * @param dihitung  how many indicators are in the mean
 * @param jumlahDikecualikan how many were left out
 * @param dikecualikan the indicators left out, with why
 */
public record RataRata(BigDecimal rataRata, int dihitung, int jumlahDikecualikan, List<Dikecualikan> dikecualikan) {

    public record Dikecualikan(String indicatorCode, String alasan) {
    }

    /** One indicator's contribution: its capaian, or why it has none. */
    public record Nilai(String indicatorCode, BigDecimal capaian, String alasan) {
    }

    public static RataRata of(List<Nilai> values) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        List<Dikecualikan> leftOut = new ArrayList<>();
        for (Nilai value : values) {
            if (value.capaian() == null) {
                leftOut.add(new Dikecualikan(value.indicatorCode(), value.alasan()));
            } else {
                sum = sum.add(value.capaian());
                counted++;
            }
        }
        BigDecimal mean = counted == 0 ? null
                : Persen.round(sum.divide(BigDecimal.valueOf(counted), Persen.PRECISION));
        return new RataRata(mean, counted, leftOut.size(), List.copyOf(leftOut));
    }
}
