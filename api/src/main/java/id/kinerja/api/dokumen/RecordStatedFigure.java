package id.kinerja.api.dokumen;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Keep a figure as a document printed it, e.g. "Total Pagu 19.878.378.920" on the lampiran, so the platform can
 * show where the document disagrees with what it computes. The figure never changes a target or a pagu.
 *
 * @param revision the PK revision the figure speaks of (0 = induk); null when it does not depend on one
 * @param period   for realisasi and capaian figures
 * @param where    the page or table, e.g. "BAB II Tabel 1"
 */
public record RecordStatedFigure(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                 FigureKind figure,
                                 String key,
                                 Periode period,
                                 Integer revision,
                                 BigDecimal value,
                                 String where) {
}
