package id.kinerja.command.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Predikat;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.FormulaKind;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Badung's 2023 PK (seed 004) as given events, trimmed to what the rules need: sasaran 1 with its IKU, program 1
 * with its kegiatan and sub kegiatan and pagu Rp 2.574.497, and indicators of every kind the rules treat
 * differently (sum, cumulative, level, average, predikat, formula) with figures from seeds 002/003.
 */
public final class BadungPk {

    public static final OpdId OPD = new OpdId(TenantId.of("51.03"), "diskopukmp");
    public static final PerjanjianKinerjaId PK = new PerjanjianKinerjaId(OPD, 2023);
    public static final RenstraId RENSTRA = new RenstraId(OPD, 2021, 2026);

    public static final Indicator KOPERASI_SEHAT = level("IKU-1.1", "Persentase Koperasi Sehat", "%");
    public static final Indicator PREDIKAT_AKIP = new Indicator("IKU-4.2", "Predikat AKIP", "predikat",
            Polarity.HIGHER_IS_BETTER, PeriodCombination.LEVEL, Scale.PREDIKAT, null);
    public static final Indicator PERTUMBUHAN_UMKM = new Indicator("P01-I1", "Pertumbuhan UMKM", "%",
            Polarity.HIGHER_IS_BETTER, PeriodCombination.LEVEL, Scale.ANGKA, FormulaKind.PERTUMBUHAN);
    /** 002: UTTP ditera 70 + 585 + 120 + 170 = 945 for the year. */
    public static final Indicator UTTP_DITERA = angka("SK-1", "Jumlah UTTP yang ditera", "UTTP", PeriodCombination.SUM);
    /** 002: koperasi supervised 39, 78, 117, 156 — the year's value is TW IV's. */
    public static final Indicator KOPERASI_DIAWASI = angka("SK-2", "Jumlah koperasi yang diawasi", "koperasi",
            PeriodCombination.CUMULATIVE);
    public static final Indicator KETERSEDIAAN = angka("SK-3", "Persentase ketersediaan bahan pokok", "%",
            PeriodCombination.AVERAGE);
    /** 003: fewer complaints is better. */
    public static final Indicator PENGADUAN = new Indicator("SK-4", "Persentase pengaduan konsumen", "%",
            Polarity.LOWER_IS_BETTER, PeriodCombination.LEVEL, Scale.ANGKA, null);

    public static final Signatory KEPALA_DINAS = new Signatory("I Made Widiana, S.Sos., M.Si.",
            "Kepala Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan Kabupaten Badung", "Pembina Tk. I",
            "19650310 198602 1 004");
    public static final Signatory BUPATI = new Signatory("I Nyoman Giri Prasta", "Bupati Badung", null, null);
    public static final Rupiah PAGU_P01 = Rupiah.of(2_574_497);

    private BadungPk() {
    }

    /** Drafted with program 1's cascade and every target and pagu set: ready to sign. */
    public static List<Object> draftReadyToSign() {
        List<Object> events = new ArrayList<>(draftStructure());
        events.add(new TargetSet(PK, "IKU-1.1", Nilai.of("7.00"), null));
        events.add(new TargetSet(PK, "IKU-4.2", Nilai.of(Predikat.BB), null));
        events.add(new TargetSet(PK, "P01-I1", Nilai.of("10.00"), null));
        events.add(new TargetSet(PK, "SK-1", Nilai.of("945"), null));
        events.add(new TargetSet(PK, "SK-2", Nilai.of("156"), null));
        events.add(new TargetSet(PK, "SK-3", Nilai.of("90.00"), null));
        events.add(new TargetSet(PK, "SK-4", Nilai.of("5.00"), null));
        events.add(new PaguSet(PK, "P01.K1.S1", PAGU_P01, null));
        return events;
    }

    /** The cascade without targets or pagu. */
    public static List<Object> draftStructure() {
        return List.of(
                new PerjanjianKinerjaDrafted(PK, RENSTRA,
                        List.of(new Tujuan("T1", "Meningkatnya perekonomian daerah", List.of())),
                        List.of(new SasaranStrategis("S1", "T1", "Meningkatnya Jumlah Koperasi Sehat dan Aktif",
                                List.of(KOPERASI_SEHAT, PREDIKAT_AKIP)))),
                new ProgramAdded(PK, new Program("P01", "S1", "Program Pelayanan Izin Usaha Simpan Pinjam",
                        List.of(PERTUMBUHAN_UMKM))),
                new KegiatanAdded(PK, new Kegiatan("P01.K1", "P01", "Penerbitan Izin Usaha Simpan Pinjam", List.of())),
                new SubKegiatanAdded(PK, new SubKegiatan("P01.K1.S1", "P01.K1",
                        "Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam",
                        List.of(UTTP_DITERA, KOPERASI_DIAWASI, KETERSEDIAAN, PENGADUAN))));
    }

    /** Signed on 31 January 2023 in Mangupura: revision 0. */
    public static List<Object> signed() {
        List<Object> events = new ArrayList<>(draftReadyToSign());
        events.add(new PerjanjianKinerjaSigned(PK, 0, LocalDate.of(2023, 1, 31), "Mangupura", KEPALA_DINAS, BUPATI));
        return events;
    }

    private static Indicator level(String code, String name, String unit) {
        return angka(code, name, unit, PeriodCombination.LEVEL);
    }

    private static Indicator angka(String code, String name, String unit, PeriodCombination combination) {
        return new Indicator(code, name, unit, Polarity.HIGHER_IS_BETTER, combination, Scale.ANGKA, null);
    }
}
