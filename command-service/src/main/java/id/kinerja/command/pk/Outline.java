package id.kinerja.command.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.List;

/**
 * What a form for a signed PK needs to show: its indicators with their current targets and its sub kegiatan
 * with their pagu, in cascade order. The spreadsheet template is built from it.
 */
public record Outline(PerjanjianKinerjaId pk, List<IndicatorLine> indicators, List<BudgetLine> subKegiatan) {

    public record IndicatorLine(Indicator indicator, String level, String owner, Nilai target) {
    }

    public record BudgetLine(String code, String name, Rupiah pagu) {
    }
}
