package id.kinerja.reporting.dokumen;

import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;
import id.kinerja.reporting.naskah.Dokumen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Perjanjian Kinerja (PK): the statement between Pihak Pertama (the head of the perangkat daerah) and Pihak
 * Kedua (the Bupati/Wali Kota) with their signatures, and the lampiran — sasaran, indikator and target; program,
 * kegiatan and sub kegiatan with their anggaran and the computed total (004).
 */
public final class PerjanjianKinerjaDokumen {

    private PerjanjianKinerjaDokumen() {
    }

    public static Dokumen of(PerjanjianKinerjaView pk, Instant asOf) {
        Revisi revisi = pk.revisiBerlaku();
        String nama = revisi != null && revisi.revision() > 0 ? "PERJANJIAN KINERJA PERUBAHAN" : "PERJANJIAN KINERJA";
        List<Dokumen.Blok> isi = new ArrayList<>();
        if (revisi != null) {
            isi.add(Pernyataan.pernyataan(revisi));
            isi.add(Pernyataan.tandaTangan(revisi));
        }
        isi.add(new Dokumen.Subjudul("LAMPIRAN " + nama + " TAHUN " + pk.year()));
        isi.add(sasaran(pk));
        isi.add(anggaran(pk));
        isi.add(Pernyataan.keadaan(pk, asOf));
        return new Dokumen(Pernyataan.judul(nama, pk), false, isi, berkas("perjanjian-kinerja", pk));
    }

    static Dokumen.Tabel sasaran(PerjanjianKinerjaView pk) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PerjanjianKinerjaView.Sasaran sasaran : Kode.urut(pk.sasaran(), PerjanjianKinerjaView.Sasaran::code)) {
            boolean first = true;
            for (PerjanjianKinerjaView.Indikator indikator : sasaran.indicators()) {
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? sasaran.name() : ""),
                        Sel.of(indikator.name()), Sel.of(indikator.unit()), Sel.of(indikator.target())));
                first = false;
            }
            if (first) {
                rows.add(List.of(Sel.of(String.valueOf(no)), Sel.of(sasaran.name()), Sel.of(null), Sel.of(null),
                        Sel.of(null)));
            }
            no++;
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 5), new Kolom("Sasaran Strategis", Jenis.TEKS, 35),
                new Kolom("Indikator Kinerja", Jenis.TEKS, 40), new Kolom("Satuan", Jenis.TEKS, 8),
                new Kolom("Target", Jenis.NILAI, 12)), rows, null);
    }

    static Dokumen.Tabel anggaran(PerjanjianKinerjaView pk) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PerjanjianKinerjaView.Sasaran sasaran : Kode.urut(pk.sasaran(), PerjanjianKinerjaView.Sasaran::code)) {
            for (PerjanjianKinerjaView.Program program : Kode.urut(sasaran.programs(), PerjanjianKinerjaView.Program::code)) {
                rows.add(List.of(Sel.tebal(String.valueOf(no++)), Sel.tebal(program.name()), Sel.tebal(program.pagu())));
                for (PerjanjianKinerjaView.Kegiatan kegiatan : Kode.urut(program.kegiatan(), PerjanjianKinerjaView.Kegiatan::code)) {
                    rows.add(List.of(Sel.of(""), new Sel("Kegiatan: " + kegiatan.name(), false, 1),
                            Sel.of(kegiatan.pagu())));
                    for (PerjanjianKinerjaView.SubKegiatan sub : Kode.urut(kegiatan.subKegiatan(), PerjanjianKinerjaView.SubKegiatan::code)) {
                        rows.add(List.of(Sel.of(""), new Sel("Sub Kegiatan: " + sub.name(), false, 2),
                                Sel.of(sub.pagu())));
                    }
                }
            }
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 5),
                new Kolom("Program / Kegiatan / Sub Kegiatan", Jenis.TEKS, 70), new Kolom("Anggaran (Rp)", Jenis.RUPIAH, 25)),
                rows, List.of(Sel.of(""), Sel.of("JUMLAH"), Sel.of(pk.totalPagu())));
    }

    static String berkas(String jenis, PerjanjianKinerjaView pk) {
        return jenis + "-" + pk.tenant() + "-" + pk.opd() + "-" + pk.year();
    }
}
