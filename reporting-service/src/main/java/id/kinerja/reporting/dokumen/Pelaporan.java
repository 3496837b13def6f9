package id.kinerja.reporting.dokumen;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.reporting.dokumen.Dokumen.Jenis;
import id.kinerja.reporting.dokumen.Dokumen.Kolom;
import id.kinerja.reporting.dokumen.Dokumen.Sel;
import id.kinerja.reporting.pk.PkData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting cycle in the documents: per indicator and period its kendala, tindak lanjut and bukti dukung (the
 * files named, as Capaian tables and the LKjIP cite them), the bukti dukung of the budget realisation, and where
 * each period's report stood with the verifier — all as of the document's time.
 */
final class Pelaporan {

    private Pelaporan() {
    }

    /**
     * @param periods the periods the document runs over, by code, with the names it prints
     * @param kendala query-service's kendala as of the document's time
     * @param bukti   query-service's bukti dukung as of the document's time
     * @return empty when no period has either
     */
    static Optional<Dokumen.Tabel> kendalaDanBukti(PkData pk, Map<String, String> periods, JsonNode kendala,
                                                   JsonNode bukti) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PkData.Indikator indikator : Indikatoren.semua(pk)) {
            boolean first = true;
            for (Map.Entry<String, String> period : periods.entrySet()) {
                JsonNode obstacle = find(kendala, "indicatorCode", indikator.code(), period.getKey());
                String files = files(bukti, "REALISASI", indikator.code(), period.getKey());
                if (obstacle == null && files.isEmpty()) {
                    continue;
                }
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? indikator.name() : ""),
                        Sel.of(period.getValue()), Sel.of(obstacle == null ? "" : obstacle.path("kendala").asText()),
                        Sel.of(obstacle == null ? "" : obstacle.path("tindakLanjut").asText("")), Sel.of(files)));
                first = false;
            }
            if (!first) {
                no++;
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4),
                new Kolom("Indikator Kinerja", Jenis.TEKS, 24), new Kolom("Periode", Jenis.TEKS, 9),
                new Kolom("Kendala", Jenis.TEKS, 24), new Kolom("Tindak Lanjut", Jenis.TEKS, 22),
                new Kolom("Bukti Dukung", Jenis.TEKS, 17)), rows, null));
    }

    /** The bukti dukung of budget realisation, per sub kegiatan and month; empty when there are none. */
    static Optional<Dokumen.Tabel> buktiAnggaran(PkData pk, JsonNode bukti) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PkData.Sasaran sasaran : pk.sasaran()) {
            for (PkData.Program program : sasaran.programs()) {
                for (PkData.Kegiatan kegiatan : program.kegiatan()) {
                    kegiatan.subKegiatan().forEach(sub -> names.put(sub.code(), sub.name()));
                }
            }
        }
        List<List<Sel>> rows = new ArrayList<>();
        for (String sub : Kode.urut(List.copyOf(names.keySet()), code -> code)) {
            for (int m = 0; m < Periode.BULAN.codes.size(); m++) {
                String files = files(bukti, "REALISASI_ANGGARAN", sub, Periode.BULAN.codes.get(m));
                if (!files.isEmpty()) {
                    rows.add(List.of(Sel.of(sub), Sel.of(names.get(sub)), Sel.of(Periode.BULAN.names.get(m)),
                            Sel.of(files)));
                }
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Dokumen.Tabel(List.of(
                new Kolom("Kode", Jenis.TEKS, 12), new Kolom("Sub Kegiatan", Jenis.TEKS, 40),
                new Kolom("Bulan", Jenis.TEKS, 12), new Kolom("Bukti Dukung", Jenis.TEKS, 36)), rows, null));
    }

    /** Where each period's report stood: submitted, verified, returned with a note, reopened; late or not. */
    static Optional<Dokumen.Tabel> status(Map<String, String> names, JsonNode periods) {
        List<List<Sel>> rows = new ArrayList<>();
        for (JsonNode period : periods) {
            String name = names.get(period.path("period").asText());
            boolean known = !period.path("status").asText().equals("TERBUKA") || !period.path("tenggat").isNull();
            if (name == null || !known) {
                continue;
            }
            rows.add(List.of(Sel.of(name), Sel.of(period.path("status").asText()),
                    Sel.of(period.path("tenggat").asText("")), Sel.of(period.path("terlambat").asBoolean() ? "ya" : ""),
                    Sel.of(period.path("catatan").asText("")), Sel.of(period.path("oleh").asText("")),
                    Sel.of(period.path("sejak").asText(""))));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Dokumen.Tabel(List.of(
                new Kolom("Periode", Jenis.TEKS, 10), new Kolom("Status", Jenis.TEKS, 13),
                new Kolom("Tenggat", Jenis.TEKS, 10), new Kolom("Terlambat", Jenis.TEKS, 8),
                new Kolom("Catatan", Jenis.TEKS, 30), new Kolom("Oleh", Jenis.TEKS, 14),
                new Kolom("Sejak", Jenis.TEKS, 15)), rows, null));
    }

    private static JsonNode find(JsonNode kendala, String field, String code, String period) {
        for (JsonNode line : kendala) {
            if (line.path(field).asText().equals(code) && line.path("period").asText().equals(period)) {
                return line;
            }
        }
        return null;
    }

    private static String files(JsonNode bukti, String jenis, String kode, String period) {
        List<String> names = new ArrayList<>();
        for (JsonNode file : bukti) {
            if (file.path("untukJenis").asText().equals(jenis) && file.path("untukKode").asText().equals(kode)
                    && file.path("period").asText().equals(period)) {
                names.add(file.path("nama").asText());
            }
        }
        return String.join("; ", names);
    }
}
