package id.kinerja.reporting.dokumen;

import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.reporting.naskah.Angka;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;
import id.kinerja.reporting.naskah.Dokumen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The PK Perubahan: every target and every budget line sebelum and sesudah perubahan, with the total pagu of both
 * computed from the lines (004: 19.878.378.920 and 22.243.685.702), the reason and the new signatures.
 */
public final class PkPerubahanDokumen {

    private PkPerubahanDokumen() {
    }

    /** {@code sebelum} is the PK under the revision before {@code sesudah}'s. */
    public static Dokumen of(PerjanjianKinerjaView sebelum, PerjanjianKinerjaView sesudah, Instant asOf) {
        Revisi revisi = sesudah.revisiBerlaku();
        List<Dokumen.Blok> isi = new ArrayList<>();
        isi.add(new Dokumen.Paragraf("Perjanjian Kinerja ini diubah karena " + alasan(revisi.reason())
                + (revisi.explanation() == null ? "" : ": " + revisi.explanation())
                + ". Berlaku sejak " + Angka.tanggal(revisi.effectiveDate()) + "."));
        isi.add(Pernyataan.pernyataan(revisi));
        isi.add(Pernyataan.tandaTangan(revisi));
        isi.add(new Dokumen.Subjudul("LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN " + sesudah.year()));
        isi.add(targets(sebelum, sesudah));
        isi.add(anggaran(sebelum, sesudah));
        isi.add(Pernyataan.keadaan(sesudah, asOf));
        return new Dokumen(Pernyataan.judul("PERJANJIAN KINERJA PERUBAHAN", sesudah), true, isi,
                PerjanjianKinerjaDokumen.berkas("pk-perubahan-" + revisi.revision(), sesudah));
    }

    private static String alasan(String reason) {
        if (reason == null) {
            return "perubahan";
        }
        return switch (AlasanPerubahan.valueOf(reason)) {
            case PERGANTIAN_PEJABAT -> "pergantian pejabat";
            case PERUBAHAN_STRATEGI -> "perubahan strategi (program, kegiatan, alokasi anggaran)";
            case PERUBAHAN_PRIORITAS_ASUMSI -> "perubahan prioritas atau asumsi";
        };
    }

    private static Dokumen.Tabel targets(PerjanjianKinerjaView sebelum, PerjanjianKinerjaView sesudah) {
        Map<String, PerjanjianKinerjaView.Indikator> before = new LinkedHashMap<>();
        sebelum.sasaran().forEach(s -> s.indicators().forEach(i -> before.put(i.code(), i)));
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PerjanjianKinerjaView.Sasaran sasaran : Kode.urut(sesudah.sasaran(), PerjanjianKinerjaView.Sasaran::code)) {
            boolean first = true;
            for (PerjanjianKinerjaView.Indikator indikator : sasaran.indicators()) {
                PerjanjianKinerjaView.Indikator was = before.get(indikator.code());
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? sasaran.name() : ""),
                        Sel.of(indikator.name()), Sel.of(indikator.unit()), Sel.of(was == null ? null : was.target()),
                        Sel.of(indikator.target())));
                first = false;
            }
            no++;
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Sasaran Strategis", Jenis.TEKS, 30),
                new Kolom("Indikator Kinerja", Jenis.TEKS, 36), new Kolom("Satuan", Jenis.TEKS, 8),
                new Kolom("Target Sebelum Perubahan", Jenis.NILAI, 11),
                new Kolom("Target Sesudah Perubahan", Jenis.NILAI, 11)), rows, null);
    }

    private static Dokumen.Tabel anggaran(PerjanjianKinerjaView sebelum, PerjanjianKinerjaView sesudah) {
        Lines before = new Lines(sebelum);
        Lines after = new Lines(sesudah);
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PerjanjianKinerjaView.Program program : after.programs()) {
            rows.add(line(String.valueOf(no++), program.name(), 0, true, before.program(program.code()),
                    program.pagu()));
            for (PerjanjianKinerjaView.Kegiatan kegiatan : Kode.urut(program.kegiatan(), PerjanjianKinerjaView.Kegiatan::code)) {
                rows.add(line("", "Kegiatan: " + kegiatan.name(), 1, false, before.kegiatan(kegiatan.code()),
                        kegiatan.pagu()));
                for (PerjanjianKinerjaView.SubKegiatan sub : Kode.urut(kegiatan.subKegiatan(), PerjanjianKinerjaView.SubKegiatan::code)) {
                    rows.add(line("", "Sub Kegiatan: " + sub.name(), 2, false, before.sub(sub.code()), sub.pagu()));
                }
            }
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4),
                new Kolom("Program / Kegiatan / Sub Kegiatan", Jenis.TEKS, 51),
                new Kolom("Anggaran Sebelum Perubahan (Rp)", Jenis.RUPIAH, 15),
                new Kolom("Anggaran Sesudah Perubahan (Rp)", Jenis.RUPIAH, 15),
                new Kolom("Selisih (Rp)", Jenis.RUPIAH, 15)), rows,
                List.of(Sel.of(""), Sel.of("JUMLAH"), Sel.of(sebelum.totalPagu()), Sel.of(sesudah.totalPagu()),
                        Sel.of(sesudah.totalPagu() - sebelum.totalPagu())));
    }

    private static List<Sel> line(String no, String name, int level, boolean bold, Long before, Long after) {
        long difference = Objects.requireNonNullElse(after, 0L) - Objects.requireNonNullElse(before, 0L);
        return List.of(new Sel(no, bold, 0), new Sel(name, bold, level), new Sel(before, bold, 0),
                new Sel(after, bold, 0), new Sel(difference, bold, 0));
    }

    /** A PK's budget lines by code; a line the PK did not have is null ("-"). */
    private record Lines(PerjanjianKinerjaView pk) {

        List<PerjanjianKinerjaView.Program> programs() {
            return Kode.urut(pk.sasaran().stream().flatMap(s -> s.programs().stream()).toList(), PerjanjianKinerjaView.Program::code);
        }

        Long program(String code) {
            return find(programs(), PerjanjianKinerjaView.Program::code, code, PerjanjianKinerjaView.Program::pagu);
        }

        Long kegiatan(String code) {
            return find(programs().stream().flatMap(p -> p.kegiatan().stream()).toList(), PerjanjianKinerjaView.Kegiatan::code, code,
                    PerjanjianKinerjaView.Kegiatan::pagu);
        }

        Long sub(String code) {
            return find(programs().stream().flatMap(p -> p.kegiatan().stream()).flatMap(k -> k.subKegiatan().stream())
                    .toList(), PerjanjianKinerjaView.SubKegiatan::code, code, PerjanjianKinerjaView.SubKegiatan::pagu);
        }

        private static <T> Long find(List<T> items, Function<T, String> code, String wanted, Function<T, Long> pagu) {
            return items.stream().filter(item -> code.apply(item).equals(wanted)).findFirst().map(pagu).orElse(null);
        }
    }
}
