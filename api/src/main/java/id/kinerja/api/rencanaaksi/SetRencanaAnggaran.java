package id.kinerja.api.rencanaaksi;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Plans when a sub kegiatan's pagu will be spent, month by month; the months must add up to the pagu. Replacing
 * a plan needs a reason.
 */
public record SetRencanaAnggaran(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                 String subKegiatanCode,
                                 List<MonthlyAmount> plan,
                                 String reason) {
}
