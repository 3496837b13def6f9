package id.kinerja.reporting.pk;

import id.kinerja.api.common.Nilai;

import java.util.Map;

/**
 * A PK's Rencana Aksi: per indicator its target for each period (triwulan or month; null = "-") and the official
 * responsible. The same shape from query-service's projections and from the raw events.
 *
 * @param monthly whether any indicator is planned by month (000) rather than by triwulan (002)
 */
public record RencanaAksiData(boolean monthly, Map<String, Rencana> perIndicator) {

    /** @param targets period code (TW1 … TW4 or JAN … DES) → target */
    public record Rencana(Map<String, Nilai> targets, String responsible) {
    }
}
