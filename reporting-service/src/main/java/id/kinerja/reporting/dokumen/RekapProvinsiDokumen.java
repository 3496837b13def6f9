package id.kinerja.reporting.dokumen;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.reporting.dokumen.Dokumen.Jenis;
import id.kinerja.reporting.dokumen.Dokumen.Kolom;
import id.kinerja.reporting.dokumen.Dokumen.Sel;

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

    public static Dokumen of(JsonNode rekap, Instant asOf) {
        List<Dokumen.Blok> isi = new ArrayList<>();
        isi.add(new Dokumen.Subjudul("Anggaran dan capaian per kabupaten/kota"));
        List<List<Sel>> daerah = new ArrayList<>();
        int no = 1;
        for (JsonNode total : rekap.path("total")) {
            daerah.add(List.of(Sel.of(String.valueOf(no++)), Sel.of(total.path("name").asText()),
                    Sel.of(Json.rupiah(total.path("pagu"))), Sel.of(Json.rupiah(total.path("realisasi"))),
                    Sel.of(Json.nilai(total.path("serapan"))), Sel.of(Json.nilai(total.path("rataRataCapaian"))),
                    Sel.of(total.path("dihitung").asLong()), Sel.of(total.path("dikecualikan").asLong())));
        }
        isi.add(new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Kabupaten/Kota", Jenis.TEKS, 26),
                new Kolom("Pagu (Rp)", Jenis.RUPIAH, 16), new Kolom("Realisasi (Rp)", Jenis.RUPIAH, 16),
                new Kolom("Serapan (%)", Jenis.PERSEN, 9), new Kolom("Rata-rata Capaian (%)", Jenis.PERSEN, 11),
                new Kolom("Indikator Dihitung", Jenis.NILAI, 9), new Kolom("Indikator Dikecualikan", Jenis.NILAI, 9)),
                daerah, null));
        isi.add(new Dokumen.Subjudul("Program per kabupaten/kota"));
        List<List<Sel>> programs = new ArrayList<>();
        for (JsonNode program : rekap.path("program")) {
            programs.add(List.of(Sel.tebal(program.path("name").asText()), Sel.tebal(""),
                    Sel.tebal(Json.rupiah(program.path("pagu"))), Sel.tebal(Json.rupiah(program.path("realisasi"))),
                    Sel.tebal(Json.nilai(program.path("serapan")))));
            for (JsonNode kabupaten : rekap.path("kabupatenKota")) {
                JsonNode line = program.path("perDaerah").path(kabupaten.path("tenant").asText());
                if (!line.isMissingNode()) {
                    programs.add(List.of(Sel.of(""), Sel.of(kabupaten.path("name").asText()),
                            Sel.of(Json.rupiah(line.path("pagu"))), Sel.of(Json.rupiah(line.path("realisasi"))),
                            Sel.of(Json.nilai(line.path("serapan")))));
                }
            }
        }
        isi.add(new Dokumen.Tabel(List.of(new Kolom("Program", Jenis.TEKS, 40), new Kolom("Kabupaten/Kota", Jenis.TEKS, 20),
                new Kolom("Pagu (Rp)", Jenis.RUPIAH, 15), new Kolom("Realisasi (Rp)", Jenis.RUPIAH, 15),
                new Kolom("Serapan (%)", Jenis.PERSEN, 10)), programs, null));
        isi.add(new Dokumen.Paragraf("Keadaan tercatat per " + (asOf == null ? "saat dicetak" : asOf.toString()) + "."));
        String name = rekap.path("name").asText();
        return new Dokumen(List.of("REKAPITULASI KINERJA KABUPATEN/KOTA TAHUN " + rekap.path("year").asInt(),
                name.toUpperCase(Locale.ROOT)), true, isi,
                "rekap-provinsi-" + rekap.path("provinsi").asText() + "-" + rekap.path("year").asInt());
    }
}
