package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;
import id.kinerja.reporting.naskah.Dokumen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Rencana Aksi: the year's targets of every level of the cascade — sasaran, program, kegiatan, sub kegiatan —
 * broken into triwulan (TW I–IV) or months, with the official responsible for each line (002).
 */
public final class RencanaAksiDokumen {

    private RencanaAksiDokumen() {
    }

    /** @param rencana indicator → its plan; by month when any indicator is planned by month (000), else by triwulan */
    public static Dokumen of(PerjanjianKinerjaView pk, Map<String, FaktaPk.RencanaAksi> rencana, Instant asOf) {
        Rentang periode = bulanan(rencana) ? Rentang.BULAN : Rentang.TRIWULAN;
        List<Kolom> kolom = new ArrayList<>(List.of(new Kolom("No", Jenis.TEKS, 3),
                new Kolom("Sasaran / Program / Kegiatan / Sub Kegiatan", Jenis.TEKS, 20),
                new Kolom("Indikator", Jenis.TEKS, 20), new Kolom("Satuan", Jenis.TEKS, 6),
                new Kolom("Target Tahunan", Jenis.NILAI, 7)));
        int width = periode == Rentang.TRIWULAN ? 7 : 3;
        periode.names.forEach(name -> kolom.add(new Kolom(name, Jenis.NILAI, width)));
        kolom.add(new Kolom("Penanggung Jawab", Jenis.TEKS, periode == Rentang.TRIWULAN ? 16 : 8));
        List<List<Sel>> rows = new ArrayList<>();
        int[] no = {1};
        for (PerjanjianKinerjaView.Sasaran sasaran : Kode.urut(pk.sasaran(), PerjanjianKinerjaView.Sasaran::code)) {
            node(rows, String.valueOf(no[0]++), "Sasaran: " + sasaran.name(), 0, sasaran.indicators(), periode,
                    rencana);
            for (PerjanjianKinerjaView.Program program : Kode.urut(sasaran.programs(), PerjanjianKinerjaView.Program::code)) {
                node(rows, "", "Program: " + program.name(), 1, program.indicators(), periode, rencana);
                for (PerjanjianKinerjaView.Kegiatan kegiatan : Kode.urut(program.kegiatan(), PerjanjianKinerjaView.Kegiatan::code)) {
                    node(rows, "", "Kegiatan: " + kegiatan.name(), 2, kegiatan.indicators(), periode, rencana);
                    for (PerjanjianKinerjaView.SubKegiatan sub : Kode.urut(kegiatan.subKegiatan(), PerjanjianKinerjaView.SubKegiatan::code)) {
                        node(rows, "", "Sub Kegiatan: " + sub.name(), 3, sub.indicators(), periode, rencana);
                    }
                }
            }
        }
        return new Dokumen(Pernyataan.judul("RENCANA AKSI", pk), true,
                List.of(new Dokumen.Tabel(kolom, rows, null), Pernyataan.keadaan(pk, asOf)),
                PerjanjianKinerjaDokumen.berkas("rencana-aksi", pk));
    }

    private static void node(List<List<Sel>> rows, String no, String name, int level,
                             List<PerjanjianKinerjaView.Indikator> indicators, Rentang periode,
                             Map<String, FaktaPk.RencanaAksi> rencana) {
        boolean bold = level == 0;
        if (indicators.isEmpty()) {
            List<Sel> row = new ArrayList<>(List.of(new Sel(no, bold, 0), new Sel(name, bold, level), Sel.of(""),
                    Sel.of(""), Sel.of(null)));
            periode.periods.forEach(period -> row.add(Sel.of(null)));
            row.add(Sel.of(""));
            rows.add(row);
            return;
        }
        boolean first = true;
        for (PerjanjianKinerjaView.Indikator indikator : indicators) {
            List<Sel> row = new ArrayList<>(List.of(new Sel(first ? no : "", bold, 0),
                    new Sel(first ? name : "", bold, level), Sel.of(indikator.name()), Sel.of(indikator.unit()),
                    Sel.of(indikator.target())));
            FaktaPk.RencanaAksi plan = rencana.get(indikator.code());
            for (Periode period : periode.periods) {
                row.add(Sel.of(plan == null ? null : plan.targets().get(period)));
            }
            row.add(Sel.of(plan == null || plan.responsible() == null ? "" : plan.responsible()));
            rows.add(row);
            first = false;
        }
    }

    /** Whether any indicator is planned by month with a target (000) rather than by triwulan (002). */
    static boolean bulanan(Map<String, FaktaPk.RencanaAksi> rencana) {
        return rencana.values().stream().anyMatch(plan -> plan.targets().entrySet().stream()
                .anyMatch(t -> t.getKey().granularity() == Periode.Granularity.BULAN && t.getValue() != null));
    }
}
