package id.kinerja.api.pk;

import id.kinerja.api.common.Rupiah;

/**
 * A new pagu for a sub kegiatan, asked for in an amendment.
 */
public record PaguChange(String subKegiatanCode,
                         Rupiah pagu) {
}
