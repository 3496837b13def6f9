package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.anggaran.AnggaranView;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.fakta.Pelaporan;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.reporting.naskah.Angka;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.rulebook.Efisiensi;
import id.kinerja.rulebook.RataRata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The LKjIP, the annual performance report (001, 003): the planning tables, capaian per indicator with kategori,
 * compared with last year's realisasi, with the Renstra end target (tingkat kemajuan) and with the national
 * standard; the averages per sasaran and for the OPD (pending values left out and named); the kendala and tindak
 * lanjut of the year with its bukti dukung (001, Tabel 3.6); budget realisation with efisiensi, and the narrative
 * sections the OPD wrote.
 */
public final class LkjipDokumen {

    private static final String RINGKASAN = "ringkasan";

    private LkjipDokumen() {
    }

    /**
     * @param narasi    the narrative sections in the order they were written: section → text
     * @param pelaporan the reporting cycle of the PK: the year's kendala, tindak lanjut and bukti dukung
     */
    public static Dokumen of(PerjanjianKinerjaView pk, CapaianView capaian, AnggaranView anggaran,
                             Map<String, String> narasi, Pelaporan pelaporan, Instant asOf) {
        List<Dokumen.Blok> isi = new ArrayList<>();
        if (narasi.get(RINGKASAN) != null) {
            isi.add(new Dokumen.Subjudul(judul(RINGKASAN)));
            isi.add(new Dokumen.Paragraf(narasi.get(RINGKASAN)));
        }
        isi.add(new Dokumen.Subjudul("BAB II PERENCANAAN KINERJA — Perjanjian Kinerja Tahun " + pk.year()));
        isi.add(PerjanjianKinerjaDokumen.sasaran(pk));
        isi.add(PerjanjianKinerjaDokumen.anggaran(pk));
        isi.add(new Dokumen.Subjudul("BAB III AKUNTABILITAS KINERJA — Capaian Kinerja"));
        isi.add(capaian(capaian));
        String sources = sources(capaian);
        if (sources != null) {
            isi.add(new Dokumen.Paragraf(sources));
        }
        isi.add(new Dokumen.Paragraf(averages(capaian)));
        PelaporanTabel.kendalaDanBukti(pk, Map.of(Periode.TAHUN, "Tahun " + pk.year()), pelaporan)
                .ifPresent(table -> {
                    isi.add(new Dokumen.Subjudul("Analisis Keberhasilan/Kegagalan, Kendala dan Tindak Lanjut"));
                    isi.add(table);
                });
        isi.add(new Dokumen.Subjudul("Realisasi Anggaran dan Efisiensi"));
        isi.add(anggaran(anggaran));
        narasi.forEach((section, text) -> {
            if (!section.equals(RINGKASAN)) {
                isi.add(new Dokumen.Subjudul(judul(section)));
                isi.add(new Dokumen.Paragraf(text));
            }
        });
        isi.add(Pernyataan.keadaan(pk, asOf));
        return new Dokumen(Pernyataan.judul("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", pk), true, isi,
                PerjanjianKinerjaDokumen.berkas("lkjip", pk));
    }

    /** "analisis-sasaran-1-1" → "Analisis sasaran 1 1". */
    private static String judul(String section) {
        String words = section.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The year's capaian beside last year's realisasi, the Renstra end target and the national standard. */
    private static Dokumen.Tabel capaian(CapaianView capaian) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (CapaianView.Baris line : iku(capaian)) {
            rows.add(List.of(Sel.of(String.valueOf(no++)), Sel.of(line.name()), Sel.of(line.unit()),
                    Sel.of(line.target()), Sel.of(line.realisasi()), Sel.of(line.capaian()),
                    Sel.of(line.kategori() == null ? null : line.kategori().label()),
                    Sel.of(line.realisasiTahunLalu()), Sel.of(line.targetAkhirRenstra()),
                    Sel.of(line.tingkatKemajuan()), Sel.of(line.standarNasional()),
                    Sel.of(CapaianRencanaAksiDokumen.keterangan(line))));
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 3), new Kolom("Indikator Kinerja", Jenis.TEKS, 20),
                new Kolom("Satuan", Jenis.TEKS, 5), new Kolom("Target", Jenis.NILAI, 6),
                new Kolom("Realisasi", Jenis.NILAI, 6), new Kolom("Capaian (%)", Jenis.PERSEN, 6),
                new Kolom("Kategori", Jenis.TEKS, 8), new Kolom("Realisasi Tahun Lalu", Jenis.NILAI, 7),
                new Kolom("Target Akhir Renstra", Jenis.NILAI, 7), new Kolom("Tingkat Kemajuan (%)", Jenis.PERSEN, 7),
                new Kolom("Standar Nasional", Jenis.NILAI, 7), new Kolom("Keterangan", Jenis.TEKS, 18)), rows, null);
    }

    /** The indicators of the tujuan and sasaran: those the LKjIP accounts for. */
    private static List<CapaianView.Baris> iku(CapaianView capaian) {
        return capaian.indicators().stream().filter(line -> line.level().equals("SASARAN")
                || line.level().equals("TUJUAN")).toList();
    }

    /** Where each national standard comes from, said once under the table. */
    private static String sources(CapaianView capaian) {
        List<String> sources = iku(capaian).stream().filter(line -> line.sumberStandarNasional() != null)
                .map(line -> line.name() + ": " + line.sumberStandarNasional()).toList();
        return sources.isEmpty() ? null : "Sumber standar nasional — " + String.join("; ", sources) + ".";
    }

    private static String averages(CapaianView capaian) {
        StringBuilder text = new StringBuilder();
        for (CapaianView.Sasaran sasaran : capaian.sasaran()) {
            text.append("Rata-rata capaian sasaran ").append(sasaran.name()).append(": ")
                    .append(average(sasaran.rataRata())).append('\n');
        }
        text.append("Rata-rata capaian kinerja perangkat daerah: ").append(average(capaian.rataRataOpd()));
        return text.toString();
    }

    private static String average(RataRata rataRata) {
        String value = rataRata.rataRata() != null ? Angka.persen(rataRata.rataRata()) + " %" : "belum dapat dihitung";
        List<String> left = rataRata.dikecualikan().stream().map(d -> d.indicatorCode() + " (" + d.alasan() + ")")
                .toList();
        return value + " dari " + rataRata.dihitung() + " indikator"
                + (left.isEmpty() ? "" : "; tidak dihitung: " + String.join(", ", left));
    }

    private static Dokumen.Tabel anggaran(AnggaranView anggaran) {
        List<List<Sel>> rows = new ArrayList<>();
        for (AnggaranView.Baris sasaran : anggaran.sasaran()) {
            rows.add(line(sasaran, true, 0));
            for (AnggaranView.Baris program : Kode.urut(sasaran.rincian(), AnggaranView.Baris::code)) {
                rows.add(line(program, false, 1));
            }
        }
        List<Sel> totalRow = line(anggaran.opdTotal(), true, 0);
        return new Dokumen.Tabel(List.of(new Kolom("Sasaran / Program", Jenis.TEKS, 40),
                new Kolom("Pagu (Rp)", Jenis.RUPIAH, 14), new Kolom("Realisasi (Rp)", Jenis.RUPIAH, 14),
                new Kolom("Serapan (%)", Jenis.PERSEN, 8), new Kolom("Capaian Kinerja (%)", Jenis.PERSEN, 8),
                new Kolom("Tingkat Efisiensi", Jenis.NILAI, 8), new Kolom("Keterangan", Jenis.TEKS, 8)),
                rows, List.of(Sel.of("JUMLAH"), totalRow.get(1), totalRow.get(2), totalRow.get(3), totalRow.get(4),
                totalRow.get(5), totalRow.get(6)));
    }

    private static List<Sel> line(AnggaranView.Baris line, boolean bold, int level) {
        Efisiensi efisiensi = line.efisiensi();
        String efisien = efisiensi == null ? "" : efisiensi.efisien() ? "efisien" : "tidak efisien";
        return List.of(new Sel(line.name(), bold, level), new Sel(line.pagu(), bold, 0),
                new Sel(line.realisasi(), bold, 0), new Sel(line.serapan(), bold, 0),
                new Sel(line.capaianKinerja(), bold, 0), new Sel(efisiensi == null ? null : efisiensi.rasio(), bold, 0),
                new Sel(efisien, bold, 0));
    }
}
