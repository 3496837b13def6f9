package id.kinerja.reporting.dokumen;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.reporting.dokumen.Dokumen.Jenis;
import id.kinerja.reporting.dokumen.Dokumen.Kolom;
import id.kinerja.reporting.dokumen.Dokumen.Sel;
import id.kinerja.reporting.pk.PkData;
import id.kinerja.reporting.render.Angka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
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

    private LkjipDokumen() {
    }

    /** @param pelaporan query-service's reporting cycle of the PK: {@code kendala}, {@code bukti} */
    public static Dokumen of(PkData pk, JsonNode capaian, JsonNode anggaran, JsonNode narasi,
                             Map<String, JsonNode> pelaporan, Instant asOf) {
        List<Dokumen.Blok> isi = new ArrayList<>();
        narrative(isi, narasi, "ringkasan");
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
        Pelaporan.kendalaDanBukti(pk, Map.of("TAHUN", "Tahun " + pk.year()), pelaporan.get("kendala"),
                pelaporan.get("bukti")).ifPresent(table -> {
                    isi.add(new Dokumen.Subjudul("Analisis Keberhasilan/Kegagalan, Kendala dan Tindak Lanjut"));
                    isi.add(table);
                });
        isi.add(new Dokumen.Subjudul("Realisasi Anggaran dan Efisiensi"));
        isi.add(anggaran(anggaran));
        for (Iterator<Map.Entry<String, JsonNode>> sections = narasi.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (!section.getKey().equals("ringkasan")) {
                isi.add(new Dokumen.Subjudul(judul(section.getKey())));
                isi.add(new Dokumen.Paragraf(section.getValue().asText()));
            }
        }
        isi.add(Pernyataan.keadaan(pk, asOf));
        return new Dokumen(Pernyataan.judul("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", pk), true, isi,
                PerjanjianKinerjaDokumen.berkas("lkjip", pk));
    }

    private static void narrative(List<Dokumen.Blok> isi, JsonNode narasi, String section) {
        if (narasi.hasNonNull(section)) {
            isi.add(new Dokumen.Subjudul(judul(section)));
            isi.add(new Dokumen.Paragraf(narasi.path(section).asText()));
        }
    }

    /** "analisis-sasaran-1-1" → "Analisis sasaran 1 1". */
    private static String judul(String section) {
        String words = section.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The year's capaian beside last year's realisasi, the Renstra end target and the national standard. */
    private static Dokumen.Tabel capaian(JsonNode capaian) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (JsonNode line : iku(capaian)) {
            rows.add(List.of(Sel.of(String.valueOf(no++)), Sel.of(line.path("name").asText()),
                    Sel.of(Json.text(line.path("unit"))), Sel.of(Json.nilai(line.path("target"))),
                    Sel.of(Json.nilai(line.path("realisasi"))), Sel.of(Json.nilai(line.path("capaian"))),
                    Sel.of(Json.text(line.path("kategori"))), Sel.of(Json.nilai(line.path("realisasiTahunLalu"))),
                    Sel.of(Json.nilai(line.path("targetAkhirRenstra"))),
                    Sel.of(Json.nilai(line.path("tingkatKemajuan"))), Sel.of(Json.nilai(line.path("standarNasional"))),
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
    private static List<JsonNode> iku(JsonNode capaian) {
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode line : capaian.path("indicators")) {
            String level = line.path("level").asText();
            if (level.equals("SASARAN") || level.equals("TUJUAN")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Where each national standard comes from, said once under the table. */
    private static String sources(JsonNode capaian) {
        List<String> sources = new ArrayList<>();
        for (JsonNode line : iku(capaian)) {
            if (line.hasNonNull("sumberStandarNasional")) {
                sources.add(line.path("name").asText() + ": " + line.path("sumberStandarNasional").asText());
            }
        }
        return sources.isEmpty() ? null : "Sumber standar nasional — " + String.join("; ", sources) + ".";
    }

    private static String averages(JsonNode capaian) {
        StringBuilder text = new StringBuilder();
        for (JsonNode sasaran : capaian.path("sasaran")) {
            text.append("Rata-rata capaian sasaran ").append(sasaran.path("name").asText()).append(": ")
                    .append(average(sasaran.path("rataRata"))).append('\n');
        }
        text.append("Rata-rata capaian kinerja perangkat daerah: ").append(average(capaian.path("rataRataOpd")));
        return text.toString();
    }

    private static String average(JsonNode rataRata) {
        String value = rataRata.path("rataRata").isNumber()
                ? Angka.persen(rataRata.path("rataRata").decimalValue()) + " %" : "belum dapat dihitung";
        List<String> left = new ArrayList<>();
        rataRata.path("dikecualikan").forEach(d -> left.add(d.path("indicatorCode").asText() + " ("
                + d.path("alasan").asText() + ")"));
        return value + " dari " + rataRata.path("dihitung").asInt() + " indikator"
                + (left.isEmpty() ? "" : "; tidak dihitung: " + String.join(", ", left));
    }

    private static Dokumen.Tabel anggaran(JsonNode anggaran) {
        List<List<Sel>> rows = new ArrayList<>();
        for (JsonNode sasaran : anggaran.path("sasaran")) {
            rows.add(line(sasaran, true, 0));
            List<JsonNode> programs = new ArrayList<>();
            sasaran.path("rincian").forEach(programs::add);
            for (JsonNode program : Kode.urut(programs, p -> p.path("code").asText())) {
                rows.add(line(program, false, 1));
            }
        }
        JsonNode total = anggaran.path("opdTotal");
        List<Sel> totalRow = line(total, true, 0);
        return new Dokumen.Tabel(List.of(new Kolom("Sasaran / Program", Jenis.TEKS, 40),
                new Kolom("Pagu (Rp)", Jenis.RUPIAH, 14), new Kolom("Realisasi (Rp)", Jenis.RUPIAH, 14),
                new Kolom("Serapan (%)", Jenis.PERSEN, 8), new Kolom("Capaian Kinerja (%)", Jenis.PERSEN, 8),
                new Kolom("Tingkat Efisiensi", Jenis.NILAI, 8), new Kolom("Keterangan", Jenis.TEKS, 8)),
                rows, List.of(Sel.of("JUMLAH"), totalRow.get(1), totalRow.get(2), totalRow.get(3), totalRow.get(4),
                totalRow.get(5), totalRow.get(6)));
    }

    private static List<Sel> line(JsonNode line, boolean bold, int level) {
        JsonNode efisiensi = line.path("efisiensi");
        String efisien = efisiensi.isMissingNode() || efisiensi.isNull() ? ""
                : efisiensi.path("efisien").asBoolean() ? "efisien" : "tidak efisien";
        return List.of(new Sel(line.path("name").asText(), bold, level), new Sel(Json.rupiah(line.path("pagu")), bold, 0),
                new Sel(Json.rupiah(line.path("realisasi")), bold, 0), new Sel(Json.nilai(line.path("serapan")), bold, 0),
                new Sel(Json.nilai(line.path("capaianKinerja")), bold, 0),
                new Sel(Json.nilai(efisiensi.path("rasio")), bold, 0), new Sel(efisien, bold, 0));
    }
}
