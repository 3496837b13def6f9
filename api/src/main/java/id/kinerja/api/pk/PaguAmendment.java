package id.kinerja.api.pk;

import id.kinerja.api.common.Rupiah;

/**
 * One sub kegiatan's pagu before and after an amendment (before is null for sub kegiatan the amendment added).
 */
public record PaguAmendment(String subKegiatanCode,
                            Rupiah before,
                            Rupiah after) {
}
