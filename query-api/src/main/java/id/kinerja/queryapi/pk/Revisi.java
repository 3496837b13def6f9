package id.kinerja.queryapi.pk;

import id.kinerja.api.common.Signatory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed revision of a Perjanjian Kinerja: 0 is the PK induk, n the n-th PK Perubahan with its reason
 * (AlasanPerubahan), explanation, effective date and signatories; recordedAt is when the platform learned it.
 */
public record Revisi(int revision, String jenis, String reason, String explanation, LocalDate effectiveDate,
                     LocalDate signedOn, String place, Signatory pihakPertama, Signatory pihakKedua,
                     Instant recordedAt) {

    public static String jenis(int revision) {
        return revision == 0 ? "PK_INDUK" : "PK_PERUBAHAN";
    }
}
