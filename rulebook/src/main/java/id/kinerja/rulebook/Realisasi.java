package id.kinerja.rulebook;

import id.kinerja.api.common.Nilai;

/**
 * What was recorded as achieved for one indicator and period: a value, or pending with its reason (value null,
 * e.g. "Menunggu Rilis PDRB oleh BPS 2024"); {@code correctionReason} is set when it corrects an earlier value.
 */
public record Realisasi(Nilai value, String pendingReason, String correctionReason) {

    public static Realisasi of(Nilai value) {
        return new Realisasi(value, null, null);
    }

    public static Realisasi pending(String reason) {
        return new Realisasi(null, reason, null);
    }

    public boolean pending() {
        return value == null;
    }
}
