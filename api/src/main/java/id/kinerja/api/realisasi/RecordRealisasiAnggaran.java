package id.kinerja.api.realisasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what a sub kegiatan spent in one month.
 */
public record RecordRealisasiAnggaran(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                      String subKegiatanCode,
                                      Periode month,
                                      Rupiah amount) {
}
