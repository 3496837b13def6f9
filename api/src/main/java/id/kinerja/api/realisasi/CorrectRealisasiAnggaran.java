package id.kinerja.api.realisasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a month's recorded spending of a sub kegiatan, saying why.
 */
public record CorrectRealisasiAnggaran(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                       String subKegiatanCode,
                                       Periode month,
                                       Rupiah amount,
                                       String reason) {
}
