package id.kinerja.queryapi.fakta;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Two programs of Badung's PK 2023 (seed 004) as the events that tell them: P01 gains a kegiatan in the PK
 * Perubahan of 22 September 2023 (612.123), P04's first sub kegiatan grows from 49.176.423 to 54.843.431, and
 * Persentase Koperasi Sehat goes from 7,00 to 8,00 %.
 */
public final class BadungEvents {

    public static final OpdId OPD = new OpdId(TenantId.of("51.03"), "diskopukmp");
    public static final PerjanjianKinerjaId PK = new PerjanjianKinerjaId(OPD, 2023);
    private static final Signatory KEPALA = new Signatory("I Made Widiana, S.Sos., M.Si.",
            "Kepala Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan Kabupaten Badung", "Pembina Tk. I",
            "19650310 198602 1 004");
    private static final Signatory BUPATI = new Signatory("I Nyoman Giri Prasta", "Bupati Badung", null, null);

    private BadungEvents() {
    }

    public static List<Object> signed() {
        Indicator sehat = new Indicator("IKU-1.1", "Persentase Koperasi Sehat", "%", Polarity.HIGHER_IS_BETTER,
                PeriodCombination.LEVEL, Scale.ANGKA, null);
        return List.of(
                new PemerintahDaerahRegistered(TenantId.of("51.03"), "Kabupaten Badung", JenisDaerah.KABUPATEN),
                new PerangkatDaerahRegistered(OPD, "Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan"),
                new PerjanjianKinerjaDrafted(PK, new RenstraId(OPD, 2021, 2026),
                        List.of(new Tujuan("T1", "Meningkatnya perekonomian daerah", List.of())),
                        List.of(new SasaranStrategis("S1", "T1", "Meningkatnya Jumlah Koperasi Sehat dan Aktif",
                                List.of(sehat)))),
                new ProgramAdded(PK, new Program("P01", "S1", "Program Pelayanan Izin Usaha Simpan Pinjam", List.of())),
                new KegiatanAdded(PK, new Kegiatan("P01.K1", "P01", "Penerbitan Izin Usaha Simpan Pinjam", List.of())),
                new SubKegiatanAdded(PK, new SubKegiatan("P01.K1.S1", "P01.K1",
                        "Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam", List.of())),
                new ProgramAdded(PK, new Program("P04", "S1", "Program Pengawasan dan Pemeriksaan Koperasi", List.of())),
                new KegiatanAdded(PK, new Kegiatan("P04.K1", "P04", "Pemeriksaan dan Pengawasan Koperasi", List.of())),
                new SubKegiatanAdded(PK, new SubKegiatan("P04.K1.S1", "P04.K1",
                        "Pengawasan Kekuatan, Kesehatan, Kemandirian Koperasi", List.of())),
                new SubKegiatanAdded(PK, new SubKegiatan("P04.K1.S2", "P04.K1", "Pemeriksaan Kepatuhan Koperasi",
                        List.of())),
                new TargetSet(PK, "IKU-1.1", Nilai.of("7.00"), null),
                new PaguSet(PK, "P01.K1.S1", Rupiah.of(2_574_497), null),
                new PaguSet(PK, "P04.K1.S1", Rupiah.of(49_176_423), null),
                new PaguSet(PK, "P04.K1.S2", Rupiah.of(60_934_363), null),
                new PerjanjianKinerjaSigned(PK, 0, LocalDate.of(2023, 1, 31), "Mangupura", KEPALA, BUPATI));
    }

    public static PerjanjianKinerjaAmended amended() {
        return new PerjanjianKinerjaAmended(PK, 1, AlasanPerubahan.PERUBAHAN_PRIORITAS_ASUMSI,
                "Penyesuaian dengan APBD Perubahan Tahun Anggaran 2023", LocalDate.of(2023, 9, 22),
                LocalDate.of(2023, 9, 22), "Mangupura", KEPALA, BUPATI, List.of(),
                List.of(new Kegiatan("P01.K2", "P01", "Penerbitan Izin Pembukaan Kantor Cabang", List.of())),
                List.of(new SubKegiatan("P01.K2.S1", "P01.K2", "Fasilitasi Izin Pembukaan Kantor Cabang", List.of())),
                List.of(new TargetAmendment("IKU-1.1", Nilai.of("7.00"), Nilai.of("8.00"))),
                List.of(new PaguAmendment("P01.K2.S1", Rupiah.ZERO, Rupiah.of(612_123)),
                        new PaguAmendment("P04.K1.S1", Rupiah.of(49_176_423), Rupiah.of(54_843_431))));
    }

    /** The events folded as an auditor would, one minute apart from 10 January 2023; with the amendment or not. */
    public static FaktaPk fakta(boolean amended) {
        List<Object> events = new ArrayList<>(signed());
        if (amended) {
            events.add(amended());
        }
        return fold(events).orElseThrow();
    }

    public static java.util.Optional<FaktaPk> fold(List<Object> events) {
        Instant at = Instant.parse("2023-01-10T00:00:00Z");
        LipatanPk lipatan = new LipatanPk("51.03", "diskopukmp", 2023, at.plusSeconds(60L * events.size()));
        for (Object event : events) {
            lipatan.terapkan(event, at, "operator.badung");
            at = at.plusSeconds(60);
        }
        return lipatan.hasil();
    }
}
