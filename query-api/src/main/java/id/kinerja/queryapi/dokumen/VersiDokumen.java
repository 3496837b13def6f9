package id.kinerja.queryapi.dokumen;

import java.time.Instant;
import java.util.List;

/**
 * The data version a rendered document carries — in its footer, its PDF metadata and its QR code — so anyone holding
 * it can have it checked: which document ({@code jenis}: perjanjian-kinerja … lkjip, rekap-provinsi) of which PK
 * (tenant, OPD, year, revision asked; for a province's recap the province and year), the recorded moment it shows,
 * how far each daerah's event hash chain reached at that moment, and the fingerprint of its content.
 *
 * @param revisi    the revision asked for (null: the one in force at {@code per})
 * @param per       the recorded moment the document shows
 * @param rantai    for each daerah whose events the document includes: the position and hash of the last link of
 *                  its chain recorded by then
 * @param sidikJari SHA-256 (hex) of the document's content lines, whatever the format
 */
public record VersiDokumen(String jenis, String tenant, String opd, Integer tahun, Integer revisi, Instant per,
                           List<Rantai> rantai, String sidikJari) {

    /** Where a daerah's hash chain stood: link {@code posisi} with hash {@code hash} (hex); 0 and "" when empty. */
    public record Rantai(String tenant, long posisi, String hash) {
    }
}
