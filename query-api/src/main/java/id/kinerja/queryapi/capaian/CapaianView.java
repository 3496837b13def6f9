package id.kinerja.queryapi.capaian;

import id.kinerja.api.common.Nilai;
import id.kinerja.rulebook.Capaian;
import id.kinerja.rulebook.Kategori;
import id.kinerja.rulebook.Keterangan;
import id.kinerja.rulebook.RataRata;
import id.kinerja.rulebook.StatusCapaian;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Capaian of a PK for one period as of a recorded time: per indicator target, realisasi, capaian, keterangan and
 * kategori; the mean per sasaran and for the OPD over the sasaran indicators (IKU), pending ones left out and named.
 *
 * @param status ADA (capaian computed), PENDING (realisasi waits, e.g. for BPS), BELUM_ADA (no realisasi yet),
 *               TANPA_TARGET (no target for the period, "-", or a zero target), TIDAK_TERHITUNG (a stored value the
 *               rule book does not compute with, named in catatan); penanggungJawab is the
 *               official the Rencana Aksi names for a triwulan or month; for TAHUN, realisasiTahunLalu and
 *               standarNasional are what the LKjIP compares the year with
 */
public record CapaianView(String tenant, String opd, int year, String period, Instant asOf, String rumusPolaritas,
                          List<Baris> indicators, List<Sasaran> sasaran, RataRata rataRataOpd) {

    /** The capaian rule as the rule book states it, returned with every view. */
    public static final String RULE = Capaian.ATURAN.teks();

    public record Baris(String level, String nodeCode, String code, String name, String unit, String polarity,
                        Nilai target, Nilai realisasi, StatusCapaian status, String pendingReason,
                        String correctionReason, BigDecimal capaian, String catatan, Keterangan keterangan,
                        Kategori kategori, Nilai targetAkhirRenstra,
                        BigDecimal tingkatKemajuan, String penanggungJawab, Nilai realisasiTahunLalu,
                        Nilai standarNasional, String sumberStandarNasional) {

        /** The row as a member of its sasaran's and the OPD's mean: counted, or left out with why. */
        public RataRata.Anggota anggota() {
            return RataRata.Anggota.dari(code, new Capaian(status, capaian, catatan));
        }
    }

    public record Sasaran(String code, String name, RataRata rataRata) {
    }
}
