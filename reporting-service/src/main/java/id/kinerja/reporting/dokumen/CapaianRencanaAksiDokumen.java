package id.kinerja.reporting.dokumen;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.reporting.dokumen.Dokumen.Jenis;
import id.kinerja.reporting.dokumen.Dokumen.Kolom;
import id.kinerja.reporting.dokumen.Dokumen.Sel;
import id.kinerja.reporting.pk.PkData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capaian Rencana Aksi (000): per indicator and period the target, realisasi, % and keterangan; the kendala, tindak
 * lanjut and bukti dukung behind them; per program and month the budget planned and spent so far (running totals),
 * with realisasi as a % of the plan, and its bukti dukung; and where each period's report stands with the verifier.
 */
public final class CapaianRencanaAksiDokumen {

    private CapaianRencanaAksiDokumen() {
    }

    /**
     * @param perPeriode capaian of each period of the granularity, by period code
     * @param perBulan   anggaran through each month, by month code (JAN … DES)
     * @param pelaporan  query-service's reporting cycle of the PK: {@code periode}, {@code kendala}, {@code bukti}
     */
    public static Dokumen of(PkData pk, Periode periode, Map<String, JsonNode> perPeriode,
                             Map<String, JsonNode> perBulan, Map<String, JsonNode> pelaporan, Instant asOf) {
        List<Dokumen.Blok> isi = new ArrayList<>();
        isi.add(new Dokumen.Subjudul("Kinerja"));
        isi.add(kinerja(pk, periode, perPeriode));
        Map<String, String> names = new LinkedHashMap<>();
        for (int p = 0; p < periode.codes.size(); p++) {
            names.put(periode.codes.get(p), periode.names.get(p));
        }
        Pelaporan.kendalaDanBukti(pk, names, pelaporan.get("kendala"), pelaporan.get("bukti")).ifPresent(table -> {
            isi.add(new Dokumen.Subjudul("Kendala, Tindak Lanjut dan Bukti Dukung"));
            isi.add(table);
        });
        isi.add(new Dokumen.Subjudul("Anggaran"));
        isi.add(anggaran(perBulan));
        Pelaporan.buktiAnggaran(pk, pelaporan.get("bukti")).ifPresent(table -> {
            isi.add(new Dokumen.Subjudul("Bukti Dukung Realisasi Anggaran"));
            isi.add(table);
        });
        names.put("TAHUN", "Tahun " + pk.year());
        Pelaporan.status(names, pelaporan.get("periode")).ifPresent(table -> {
            isi.add(new Dokumen.Subjudul("Status Pelaporan dan Verifikasi"));
            isi.add(table);
        });
        isi.add(Pernyataan.keadaan(pk, asOf));
        return new Dokumen(Pernyataan.judul("CAPAIAN RENCANA AKSI ATAS PERJANJIAN KINERJA", pk), true, isi,
                PerjanjianKinerjaDokumen.berkas("capaian-rencana-aksi", pk));
    }

    private static Dokumen.Tabel kinerja(PkData pk, Periode periode, Map<String, JsonNode> perPeriode) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PkData.Indikator indikator : Indikatoren.semua(pk)) {
            boolean planned = periode.codes.stream().anyMatch(code -> Json.nilai(Json.find(perPeriode.get(code)
                    .path("indicators"), "code", indikator.code()).path("target")) != null);
            if (!planned) {
                continue;
            }
            for (int p = 0; p < periode.codes.size(); p++) {
                JsonNode line = Json.find(perPeriode.get(periode.codes.get(p)).path("indicators"), "code",
                        indikator.code());
                boolean first = p == 0;
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? indikator.name() : ""),
                        Sel.of(first ? indikator.unit() : ""), first ? Sel.of(indikator.target()) : Sel.of(""),
                        Sel.of(periode.names.get(p)), Sel.of(Json.nilai(line.path("target"))),
                        Sel.of(Json.nilai(line.path("realisasi"))), Sel.of(Json.nilai(line.path("capaian"))),
                        Sel.of(keterangan(line))));
            }
            no++;
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Indikator Kinerja", Jenis.TEKS, 30),
                new Kolom("Satuan", Jenis.TEKS, 7), new Kolom("Target Tahunan", Jenis.NILAI, 8),
                new Kolom("Periode", Jenis.TEKS, 9), new Kolom("Target", Jenis.NILAI, 9),
                new Kolom("Realisasi", Jenis.NILAI, 9), new Kolom("%", Jenis.PERSEN, 8),
                new Kolom("Keterangan", Jenis.TEKS, 16)), rows, null);
    }

    static String keterangan(JsonNode line) {
        return switch (line.path("status").asText()) {
            case "ADA" -> line.path("keterangan").asText("");
            case "PENDING" -> line.path("pendingReason").asText("menunggu data");
            default -> "";
        };
    }

    private static Dokumen.Tabel anggaran(Map<String, JsonNode> perBulan) {
        List<List<Sel>> rows = new ArrayList<>();
        List<JsonNode> programs = programs(perBulan.get("DES"));
        int no = 1;
        for (JsonNode program : programs) {
            String code = program.path("code").asText();
            for (int m = 0; m < Periode.BULAN.codes.size(); m++) {
                JsonNode month = programs(perBulan.get(Periode.BULAN.codes.get(m))).stream()
                        .filter(p -> p.path("code").asText().equals(code)).findFirst().orElseThrow();
                boolean first = m == 0;
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""),
                        Sel.of(first ? program.path("name").asText() : ""),
                        first ? Sel.of(program.path("pagu").asLong()) : Sel.of(""), Sel.of(Periode.BULAN.names.get(m)),
                        Sel.of(month.path("rencana").asLong()), Sel.of(month.path("realisasi").asLong()),
                        Sel.of(Json.nilai(month.path("terhadapRencana")))));
            }
            no++;
        }
        JsonNode total = perBulan.get("DES").path("opdTotal");
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Program", Jenis.TEKS, 36),
                new Kolom("Anggaran Tahunan (Rp)", Jenis.RUPIAH, 14), new Kolom("Bulan", Jenis.TEKS, 10),
                new Kolom("Rencana s.d. Bulan (Rp)", Jenis.RUPIAH, 13), new Kolom("Realisasi s.d. Bulan (Rp)",
                        Jenis.RUPIAH, 13), new Kolom("%", Jenis.PERSEN, 10)), rows,
                List.of(Sel.of(""), Sel.of("TOTAL"), Sel.of(total.path("pagu").asLong()), Sel.of("Desember"),
                        Sel.of(total.path("rencana").asLong()), Sel.of(total.path("realisasi").asLong()),
                        Sel.of(Json.nilai(total.path("terhadapRencana")))));
    }

    private static List<JsonNode> programs(JsonNode anggaran) {
        List<JsonNode> programs = new ArrayList<>();
        anggaran.path("sasaran").forEach(s -> s.path("rincian").forEach(programs::add));
        return Kode.urut(programs, p -> p.path("code").asText());
    }
}
