package id.kinerja.api.pk;

import id.kinerja.api.common.Rupiah;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the budget (pagu) of a sub kegiatan of a draft Perjanjian Kinerja; higher levels are sums, never typed.
 */
public record SetPagu(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                      String subKegiatanCode,
                      Rupiah pagu) {
}
