package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.fakta.Pelaporan;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting cycle in the documents: per indicator and period its kendala, tindak lanjut and bukti dukung (the
 * files named, as Capaian tables and the LKjIP cite them), the bukti dukung of the budget realisation, and where
 * each period's report stood with the verifier — all as of the document's time, from the facts' {@link Pelaporan}.
 */
final class PelaporanTabel {

    private static final String REALISASI = "REALISASI";
    private static final String REALISASI_ANGGARAN = "REALISASI_ANGGARAN";

    private PelaporanTabel() {
    }

    /**
     * @param periods the periods the document runs over, with the names it prints
     * @return empty when no period has either
     */
    static Optional<Dokumen.Tabel> kendalaDanBukti(PerjanjianKinerjaView pk, Map<Periode, String> periods,
                                                   Pelaporan pelaporan) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PerjanjianKinerjaView.Indikator indikator : Indikatoren.semua(pk)) {
            boolean first = true;
            for (Map.Entry<Periode, String> period : periods.entrySet()) {
                Optional<Pelaporan.Kendala> obstacle = pelaporan.kendala().stream()
                        .filter(k -> k.indicatorCode().equals(indikator.code()) && k.period() == period.getKey())
                        .findFirst();
                String files = files(pelaporan, REALISASI, indikator.code(), period.getKey());
                if (obstacle.isEmpty() && files.isEmpty()) {
                    continue;
                }
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? indikator.name() : ""),
                        Sel.of(period.getValue()), Sel.of(obstacle.map(k -> k.kendala()).orElse("")),
                        Sel.of(obstacle.map(k -> teks(k.tindakLanjut())).orElse("")), Sel.of(files)));
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
    static Optional<Dokumen.Tabel> buktiAnggaran(PerjanjianKinerjaView pk,
                                                 Pelaporan pelaporan) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PerjanjianKinerjaView.Sasaran sasaran : pk.sasaran()) {
            for (PerjanjianKinerjaView.Program program : sasaran.programs()) {
                for (PerjanjianKinerjaView.Kegiatan kegiatan : program.kegiatan()) {
                    kegiatan.subKegiatan().forEach(sub -> names.put(sub.code(), sub.name()));
                }
            }
        }
        List<List<Sel>> rows = new ArrayList<>();
        for (String sub : Kode.urut(List.copyOf(names.keySet()), code -> code)) {
            for (int m = 0; m < Rentang.BULAN.periods.size(); m++) {
                String files = files(pelaporan, REALISASI_ANGGARAN, sub, Rentang.BULAN.periods.get(m));
                if (!files.isEmpty()) {
                    rows.add(List.of(Sel.of(sub), Sel.of(names.get(sub)), Sel.of(Rentang.BULAN.names.get(m)),
                            Sel.of(files)));
                }
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Dokumen.Tabel(List.of(
                new Kolom("Kode", Jenis.TEKS, 12), new Kolom("Sub Kegiatan", Jenis.TEKS, 40),
                new Kolom("Bulan", Jenis.TEKS, 12), new Kolom("Bukti Dukung", Jenis.TEKS, 36)), rows, null));
    }

    /**
     * Where each period's report stood with the verifier: submitted, verified, returned with a note, reopened;
     * its due date and whether it came late. A period never submitted is not listed.
     */
    static Optional<Dokumen.Tabel> status(Map<Periode, String> names, Pelaporan pelaporan) {
        List<List<Sel>> rows = new ArrayList<>();
        for (Pelaporan.Langkah langkah : pelaporan.periode()) {
            String name = names.get(langkah.period());
            if (name != null) {
                rows.add(List.of(Sel.of(name), Sel.of(langkah.status()),
                        Sel.of(langkah.tenggat() == null ? "" : langkah.tenggat().toString()),
                        Sel.of(langkah.terlambat() ? "ya" : ""), Sel.of(teks(langkah.catatan())),
                        Sel.of(teks(langkah.oleh())), Sel.of(waktu(langkah.sejak()))));
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Dokumen.Tabel(List.of(
                new Kolom("Periode", Jenis.TEKS, 10), new Kolom("Status", Jenis.TEKS, 13),
                new Kolom("Tenggat", Jenis.TEKS, 10), new Kolom("Terlambat", Jenis.TEKS, 8),
                new Kolom("Catatan", Jenis.TEKS, 30), new Kolom("Oleh", Jenis.TEKS, 14),
                new Kolom("Sejak", Jenis.TEKS, 15)), rows, null));
    }

    private static String files(Pelaporan pelaporan, String jenis, String kode,
                                Periode period) {
        return String.join("; ", pelaporan.bukti().stream().filter(b -> b.untukJenis().equals(jenis)
                && b.untukKode().equals(kode) && b.period() == period).map(b -> b.nama()).toList());
    }

    private static String teks(String text) {
        return text == null ? "" : text;
    }

    private static String waktu(Instant at) {
        return at == null ? "" : at.toString();
    }
}
