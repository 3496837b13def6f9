package id.kinerja.reporting.dokumen;

import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;
import id.kinerja.reporting.naskah.Dokumen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A province's recap across its kabupaten/kota: budget, absorption and mean capaian per daerah with their ranking,
 * and each program of the national nomenclature side by side.
 */
public final class RekapProvinsiDokumen {

    private RekapProvinsiDokumen() {
    }

    public static Dokumen of(RekapProvinsi rekap, Instant asOf) {
        List<Dokumen.Blok> isi = new ArrayList<>();
        isi.add(new Dokumen.Subjudul("Anggaran dan capaian per kabupaten/kota"));
        List<List<Sel>> daerah = new ArrayList<>();
        int no = 1;
        for (RekapProvinsi.Total total : rekap.total()) {
            daerah.add(List.of(Sel.of(String.valueOf(no++)), Sel.of(total.name()), Sel.of(total.pagu()),
                    Sel.of(total.realisasi()), Sel.of(total.serapan()), Sel.of(total.rataRataCapaian()),
                    Sel.of((long) total.dihitung()), Sel.of((long) total.dikecualikan())));
        }
        isi.add(new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Kabupaten/Kota", Jenis.TEKS, 26),
                new Kolom("Pagu (Rp)", Jenis.RUPIAH, 16), new Kolom("Realisasi (Rp)", Jenis.RUPIAH, 16),
                new Kolom("Serapan (%)", Jenis.PERSEN, 9), new Kolom("Rata-rata Capaian (%)", Jenis.PERSEN, 11),
                new Kolom("Indikator Dihitung", Jenis.NILAI, 9), new Kolom("Indikator Dikecualikan", Jenis.NILAI, 9)),
                daerah, null));
        isi.add(new Dokumen.Subjudul("Program per kabupaten/kota"));
        List<List<Sel>> programs = new ArrayList<>();
        for (RekapProvinsi.Program program : rekap.program()) {
            programs.add(List.of(Sel.tebal(program.name()), Sel.tebal(""), Sel.tebal(program.pagu()),
                    Sel.tebal(program.realisasi()), Sel.tebal(program.serapan())));
            for (RekapProvinsi.Daerah kabupaten : rekap.kabupatenKota()) {
                RekapProvinsi.Anggaran line = program.perDaerah().get(kabupaten.tenant());
                if (line != null) {
                    programs.add(List.of(Sel.of(""), Sel.of(kabupaten.name()), Sel.of(line.pagu()),
                            Sel.of(line.realisasi()), Sel.of(line.serapan())));
                }
            }
        }
        isi.add(new Dokumen.Tabel(List.of(new Kolom("Program", Jenis.TEKS, 40), new Kolom("Kabupaten/Kota", Jenis.TEKS, 20),
                new Kolom("Pagu (Rp)", Jenis.RUPIAH, 15), new Kolom("Realisasi (Rp)", Jenis.RUPIAH, 15),
                new Kolom("Serapan (%)", Jenis.PERSEN, 10)), programs, null));
        isi.add(new Dokumen.Paragraf("Keadaan tercatat per " + asOf + "."));
        return new Dokumen(List.of("REKAPITULASI KINERJA KABUPATEN/KOTA TAHUN " + rekap.year(),
                rekap.name().toUpperCase(Locale.ROOT)), true, isi,
                "rekap-provinsi-" + rekap.provinsi() + "-" + rekap.year());
    }
}
