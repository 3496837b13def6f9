package id.kinerja.load.province;

import java.util.List;

/**
 * The perangkat daerah every pemerintah daerah has and the programs, kegiatan and sub kegiatan they carry, named and
 * numbered alike in every daerah — as the national nomenclature (Permendagri 90/2019) makes them — so that a province
 * rolls its kabupaten/kota up by the same codes and names. The n-th perangkat daerah of every daerah is of the same
 * kind; its n-th program has the same code and name everywhere.
 */
public final class Nomenclature {

    /**
     * A kind of perangkat daerah: its usual code and name, the urusan code of its programs, its field, and where its
     * programs' numbers start within the urusan (perangkat daerah sharing an urusan, such as Satpol PP, BPBD and
     * Damkar under 1.05, carry different programs of it).
     */
    public record OpdKind(String code, String name, String urusan, String bidang, int firstProgram) {

        OpdKind(String code, String name, String urusan, String bidang) {
            this(code, name, urusan, bidang, 0);
        }
    }

    private static final List<OpdKind> KINDS = List.of(
            new OpdKind("disdik", "Dinas Pendidikan", "1.01", "Pendidikan"),
            new OpdKind("dinkes", "Dinas Kesehatan", "1.02", "Kesehatan"),
            new OpdKind("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "1.03", "Pekerjaan Umum"),
            new OpdKind("disperkim", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "1.04", "Perumahan Rakyat"),
            new OpdKind("satpolpp", "Satuan Polisi Pamong Praja", "1.05", "Ketenteraman dan Ketertiban Umum"),
            new OpdKind("dinsos", "Dinas Sosial", "1.06", "Sosial"),
            new OpdKind("disnaker", "Dinas Tenaga Kerja", "2.07", "Tenaga Kerja"),
            new OpdKind("dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "2.08", "Pemberdayaan Perempuan"),
            new OpdKind("dkp", "Dinas Ketahanan Pangan", "2.09", "Ketahanan Pangan"),
            new OpdKind("dispertanahan", "Dinas Pertanahan", "2.10", "Pertanahan"),
            new OpdKind("dlh", "Dinas Lingkungan Hidup", "2.11", "Lingkungan Hidup"),
            new OpdKind("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "2.12", "Administrasi Kependudukan"),
            new OpdKind("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa", "2.13", "Pemberdayaan Masyarakat Desa"),
            new OpdKind("dppkb", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "2.14", "Keluarga Berencana"),
            new OpdKind("dishub", "Dinas Perhubungan", "2.15", "Perhubungan"),
            new OpdKind("diskominfo", "Dinas Komunikasi dan Informatika", "2.16", "Komunikasi dan Informatika"),
            new OpdKind("diskopukm", "Dinas Koperasi dan Usaha Mikro", "2.17", "Koperasi dan Usaha Mikro"),
            new OpdKind("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "2.18", "Penanaman Modal"),
            new OpdKind("dispora", "Dinas Kepemudaan dan Olahraga", "2.19", "Kepemudaan dan Olahraga"),
            new OpdKind("disstatistik", "Dinas Statistik dan Persandian", "2.20", "Statistik"),
            new OpdKind("dispusip", "Dinas Perpustakaan dan Kearsipan", "2.23", "Perpustakaan"),
            new OpdKind("dkpp", "Dinas Kelautan dan Perikanan", "3.25", "Kelautan dan Perikanan"),
            new OpdKind("disparbud", "Dinas Pariwisata dan Kebudayaan", "3.26", "Pariwisata"),
            new OpdKind("distan", "Dinas Pertanian", "3.27", "Pertanian"),
            new OpdKind("dinasesdm", "Dinas Energi dan Sumber Daya Mineral", "3.29", "Energi dan Sumber Daya Mineral"),
            new OpdKind("disdag", "Dinas Perdagangan", "3.30", "Perdagangan"),
            new OpdKind("disperin", "Dinas Perindustrian", "3.31", "Perindustrian"),
            new OpdKind("distrans", "Dinas Transmigrasi", "3.32", "Transmigrasi"),
            new OpdKind("setda", "Sekretariat Daerah", "4.01", "Pemerintahan Umum"),
            new OpdKind("setwan", "Sekretariat DPRD", "4.02", "Dukungan DPRD"),
            new OpdKind("bappeda", "Badan Perencanaan Pembangunan Daerah", "5.01", "Perencanaan Pembangunan"),
            new OpdKind("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "5.02", "Keuangan Daerah"),
            new OpdKind("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "5.03", "Kepegawaian"),
            new OpdKind("bpsdm", "Badan Pendidikan dan Pelatihan", "5.04", "Pendidikan dan Pelatihan"),
            new OpdKind("brida", "Badan Riset dan Inovasi Daerah", "5.05", "Penelitian dan Pengembangan"),
            new OpdKind("bapenda", "Badan Pendapatan Daerah", "5.06", "Pendapatan Daerah"),
            new OpdKind("inspektorat", "Inspektorat", "6.01", "Pengawasan"),
            new OpdKind("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "8.01", "Kesatuan Bangsa dan Politik"),
            new OpdKind("bpbd", "Badan Penanggulangan Bencana Daerah", "1.05", "Penanggulangan Bencana", 10),
            new OpdKind("damkar", "Dinas Pemadam Kebakaran dan Penyelamatan", "1.05", "Pemadam Kebakaran", 20));

    private static final List<String> PROGRAMS = List.of(
            "Program Penunjang Urusan Pemerintahan Daerah",
            "Program Perencanaan dan Pengendalian Bidang %s",
            "Program Pengembangan %s",
            "Program Peningkatan Kualitas Layanan %s",
            "Program Pembinaan dan Pengawasan %s",
            "Program Pemberdayaan Masyarakat Bidang %s",
            "Program Pengelolaan Data dan Informasi %s",
            "Program Peningkatan Kapasitas Sumber Daya %s",
            "Program Penataan Regulasi %s",
            "Program Kerja Sama dan Kemitraan %s");
    private static final List<String> KEGIATAN = List.of("Penyusunan Dokumen", "Pelaksanaan", "Koordinasi",
            "Fasilitasi", "Pengembangan Sistem");
    private static final List<String> SUB_KEGIATAN = List.of("Penyediaan Sarana", "Penyelenggaraan", "Pendataan",
            "Sosialisasi", "Monitoring dan Evaluasi");

    private Nomenclature() {
    }

    /** The n-th kind of perangkat daerah (0-based); past the list, numbered variants of it with programs of their own. */
    public static OpdKind opd(int n) {
        OpdKind kind = KINDS.get(n % KINDS.size());
        int round = n / KINDS.size();
        return round == 0 ? kind : new OpdKind(kind.code() + (round + 1), kind.name() + " " + romawi(round + 1),
                kind.urusan(), kind.bidang(), kind.firstProgram() + 30 * round);
    }

    /** The p-th program (0-based) of a kind: code {@code <urusan>.<pp>}, e.g. 2.17.02 — the shape of the national code. */
    public static String programCode(OpdKind kind, int p) {
        return kind.urusan() + "." + two(kind.firstProgram() + p + 1);
    }

    public static String programName(OpdKind kind, int p) {
        String name = String.format(PROGRAMS.get(p % PROGRAMS.size()), kind.bidang());
        return p < PROGRAMS.size() ? name : name + " Tahap " + (p / PROGRAMS.size() + 1);
    }

    /** The k-th kegiatan of a program: code {@code <program>.1.<kk>}, e.g. 2.17.02.1.01. */
    public static String kegiatanCode(String program, int k) {
        return program + ".1." + two(k + 1);
    }

    public static String kegiatanName(OpdKind kind, String programName, int k) {
        return KEGIATAN.get(k % KEGIATAN.size()) + " " + object(programName, kind) + (k < KEGIATAN.size() ? ""
                : " " + (k / KEGIATAN.size() + 1));
    }

    /** The s-th sub kegiatan of a kegiatan: code {@code <kegiatan>.<ssss>}, e.g. 2.17.02.1.01.0001. */
    public static String subKegiatanCode(String kegiatan, int s) {
        return kegiatan + "." + String.format("%04d", s + 1);
    }

    public static String subKegiatanName(String kegiatanName, int s) {
        return SUB_KEGIATAN.get(s % SUB_KEGIATAN.size()) + " " + kegiatanName.substring(kegiatanName.indexOf(' ') + 1)
                + (s < SUB_KEGIATAN.size() ? "" : " " + (s / SUB_KEGIATAN.size() + 1));
    }

    /** What a program is about, for the names below it: "Program Pengembangan Pertanian" → "Pengembangan Pertanian". */
    private static String object(String programName, OpdKind kind) {
        String object = programName.substring("Program ".length());
        return object.startsWith("Penunjang") ? "Administrasi " + kind.bidang() : object;
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static String romawi(int n) {
        return switch (n) {
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> Integer.toString(n);
        };
    }
}
