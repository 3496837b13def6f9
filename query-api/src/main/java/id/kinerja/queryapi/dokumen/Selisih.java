package id.kinerja.queryapi.dokumen;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where a PK's documents contradict what the platform computes from the facts: each printed figure beside the
 * computed one. {@code agrees} compares values, whatever their scale (7 and 7,00 agree).
 */
public record Selisih(String tenant, String opd, int year, Instant asOf, int checked, List<Line> lines) {

    /**
     * @param kind     a {@code FigureKind} (PAGU_TOTAL … REALISASI_ANGGARAN_TOTAL), or REALISASI_RUMUS for a formula
     *                 value printed differently from what its components give
     * @param computed null when the platform has no value for it (e.g. no realisasi recorded)
     */
    public record Line(String kind, String key, String period, Integer revision, String where, BigDecimal stated,
                       BigDecimal computed, BigDecimal difference, boolean agrees) {
    }
}
