package id.kinerja.reporting.dokumen;

import id.kinerja.reporting.dokumen.Dokumen.Jenis;
import id.kinerja.reporting.dokumen.Dokumen.Kolom;
import id.kinerja.reporting.dokumen.Dokumen.Sel;
import id.kinerja.reporting.pk.PkData;
import id.kinerja.reporting.pk.RencanaAksiData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rencana Aksi: the year's targets of every level of the cascade — sasaran, program, kegiatan, sub kegiatan —
 * broken into triwulan (TW I–IV) or months, with the official responsible for each line (002).
 */
public final class RencanaAksiDokumen {

    private RencanaAksiDokumen() {
    }

    public static Dokumen of(PkData pk, RencanaAksiData rencana, Instant asOf) {
        Periode periode = rencana.monthly() ? Periode.BULAN : Periode.TRIWULAN;
        List<Kolom> kolom = new ArrayList<>(List.of(new Kolom("No", Jenis.TEKS, 3),
                new Kolom("Sasaran / Program / Kegiatan / Sub Kegiatan", Jenis.TEKS, 20),
                new Kolom("Indikator", Jenis.TEKS, 20), new Kolom("Satuan", Jenis.TEKS, 6),
                new Kolom("Target Tahunan", Jenis.NILAI, 7)));
        int width = periode == Periode.TRIWULAN ? 7 : 3;
        periode.names.forEach(name -> kolom.add(new Kolom(name, Jenis.NILAI, width)));
        kolom.add(new Kolom("Penanggung Jawab", Jenis.TEKS, periode == Periode.TRIWULAN ? 16 : 8));
        List<List<Sel>> rows = new ArrayList<>();
        int[] no = {1};
        for (PkData.Sasaran sasaran : Kode.urut(pk.sasaran(), PkData.Sasaran::code)) {
            node(rows, String.valueOf(no[0]++), "Sasaran: " + sasaran.name(), 0, sasaran.indicators(), periode,
                    rencana);
            for (PkData.Program program : Kode.urut(sasaran.programs(), PkData.Program::code)) {
                node(rows, "", "Program: " + program.name(), 1, program.indicators(), periode, rencana);
                for (PkData.Kegiatan kegiatan : Kode.urut(program.kegiatan(), PkData.Kegiatan::code)) {
                    node(rows, "", "Kegiatan: " + kegiatan.name(), 2, kegiatan.indicators(), periode, rencana);
                    for (PkData.SubKegiatan sub : Kode.urut(kegiatan.subKegiatan(), PkData.SubKegiatan::code)) {
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
                             List<PkData.Indikator> indicators, Periode periode, RencanaAksiData rencana) {
        boolean bold = level == 0;
        if (indicators.isEmpty()) {
            List<Sel> row = new ArrayList<>(List.of(new Sel(no, bold, 0), new Sel(name, bold, level), Sel.of(""),
                    Sel.of(""), Sel.of(null)));
            periode.codes.forEach(code -> row.add(Sel.of(null)));
            row.add(Sel.of(""));
            rows.add(row);
            return;
        }
        boolean first = true;
        for (PkData.Indikator indikator : indicators) {
            List<Sel> row = new ArrayList<>(List.of(new Sel(first ? no : "", bold, 0),
                    new Sel(first ? name : "", bold, level), Sel.of(indikator.name()), Sel.of(indikator.unit()),
                    Sel.of(indikator.target())));
            RencanaAksiData.Rencana plan = rencana.perIndicator().get(indikator.code());
            for (String code : periode.codes) {
                row.add(Sel.of(plan == null ? null : plan.targets().get(code)));
            }
            row.add(Sel.of(plan == null || plan.responsible() == null ? "" : plan.responsible()));
            rows.add(row);
            first = false;
        }
    }
}
