package id.kinerja.queryapi.anggaran;

import id.kinerja.rulebook.Efisiensi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Budget of a PK as of a recorded time, up to a month: pagu, planned (Rencana Anggaran) and actual spending with
 * absorption on every level, summed from the sub kegiatan upward (sub kegiatan → kegiatan → program → sasaran →
 * OPD). Sasaran and OPD also carry the mean capaian kinerja of their indicators and the tingkat efisiensi.
 *
 * <p>{@code serapan} is realisasi against the pagu; {@code terhadapRencana} against what the Rencana Anggaran planned
 * to spend by that month — the "%" of a Capaian Rencana Aksi table (000).
 */
public record AnggaranView(String tenant, String opd, int year, String sampaiBulan, Instant asOf, Baris opdTotal,
                           List<Baris> sasaran) {

    public record Baris(String level, String code, String name, long pagu, long rencana, long realisasi,
                        BigDecimal serapan, BigDecimal terhadapRencana, BigDecimal capaianKinerja, Efisiensi efisiensi,
                        List<Baris> rincian) {
    }
}
