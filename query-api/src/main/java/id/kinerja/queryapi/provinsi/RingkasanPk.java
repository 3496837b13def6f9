package id.kinerja.queryapi.provinsi;

import id.kinerja.rulebook.RataRata;

import java.util.List;

/**
 * What one PK adds to its province's roll-up, composed once from its facts ({@link RekapSusun#ringkas}): its budget
 * total, its programs' pagu and realisasi in the order its sasaran list them, its indicators' year capaian in the
 * order its capaian table shows them, and the capaian of its sasaran indicators for its daerah's mean. Immutable, so a
 * summary of a PK's facts at one moment can be kept and used by every roll-up that asks for that moment.
 */
public record RingkasanPk(String opd, long pagu, long realisasi, List<Program> program, List<Indikator> indikator,
                          List<RataRata.Anggota> sasaran) {

    public RingkasanPk {
        program = List.copyOf(program);
        indikator = List.copyOf(indikator);
        sasaran = List.copyOf(sasaran);
    }

    /** A program line's budget under the key that lines it up across daerah. */
    public record Program(ProgramKey key, long pagu, long realisasi) {
    }

    /** An indicator under the key that lines it up across daerah (its name and unit), and its year capaian. */
    public record Indikator(String key, String name, String unit, RekapProvinsi.Kinerja kinerja) {
    }

    /** How large the summary is, for a memory-bounded keeper of summaries. */
    public int rows() {
        return 1 + program.size() + indikator.size() + sasaran.size();
    }
}
