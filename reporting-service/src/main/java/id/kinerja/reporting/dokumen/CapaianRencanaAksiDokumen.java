package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.anggaran.AnggaranView;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.fakta.Pelaporan;
import id.kinerja.reporting.naskah.Dokumen.Jenis;
import id.kinerja.reporting.naskah.Dokumen.Kolom;
import id.kinerja.reporting.naskah.Dokumen.Sel;
import id.kinerja.reporting.naskah.Dokumen;

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
     * @param perPeriode capaian of each period of the range (triwulan or month)
     * @param perBulan   anggaran through each month, JAN … DES
     * @param pelaporan  the reporting cycle of the PK: kendala, bukti dukung, each period's status
     */
    public static Dokumen of(PerjanjianKinerjaView pk, boolean bulanan, Map<Periode, CapaianView> perPeriode,
                             Map<Periode, AnggaranView> perBulan, Pelaporan pelaporan, Instant asOf) {
        Rentang rentang = bulanan ? Rentang.BULAN : Rentang.TRIWULAN;
        List<Dokumen.Blok> isi = new ArrayList<>();
        isi.add(new Dokumen.Subjudul("Kinerja"));
        isi.add(kinerja(pk, rentang, perPeriode));
        Map<Periode, String> names = new LinkedHashMap<>();
        for (int p = 0; p < rentang.periods.size(); p++) {
            names.put(rentang.periods.get(p), rentang.names.get(p));
        }
        PelaporanTabel.kendalaDanBukti(pk, names, pelaporan).ifPresent(table -> {
            isi.add(new Dokumen.Subjudul("Kendala, Tindak Lanjut dan Bukti Dukung"));
            isi.add(table);
        });
        isi.add(new Dokumen.Subjudul("Anggaran"));
        isi.add(anggaran(perBulan));
        PelaporanTabel.buktiAnggaran(pk, pelaporan).ifPresent(table -> {
            isi.add(new Dokumen.Subjudul("Bukti Dukung Realisasi Anggaran"));
            isi.add(table);
        });
        names.put(Periode.TAHUN, "Tahun " + pk.year());
        PelaporanTabel.status(names, pelaporan).ifPresent(table -> {
            isi.add(new Dokumen.Subjudul("Status Pelaporan dan Verifikasi"));
            isi.add(table);
        });
        isi.add(Pernyataan.keadaan(pk, asOf));
        return new Dokumen(Pernyataan.judul("CAPAIAN RENCANA AKSI ATAS PERJANJIAN KINERJA", pk), true, isi,
                PerjanjianKinerjaDokumen.berkas("capaian-rencana-aksi", pk));
    }

    private static Dokumen.Tabel kinerja(PerjanjianKinerjaView pk, Rentang rentang,
                                         Map<Periode, CapaianView> perPeriode) {
        List<List<Sel>> rows = new ArrayList<>();
        int no = 1;
        for (PerjanjianKinerjaView.Indikator indikator : Indikatoren.semua(pk)) {
            boolean planned = rentang.periods.stream().anyMatch(period -> line(perPeriode.get(period),
                    indikator.code()).target() != null);
            if (!planned) {
                continue;
            }
            for (int p = 0; p < rentang.periods.size(); p++) {
                CapaianView.Baris line = line(perPeriode.get(rentang.periods.get(p)), indikator.code());
                boolean first = p == 0;
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? indikator.name() : ""),
                        Sel.of(first ? indikator.unit() : ""), first ? Sel.of(indikator.target()) : Sel.of(""),
                        Sel.of(rentang.names.get(p)), Sel.of(line.target()), Sel.of(line.realisasi()),
                        Sel.of(line.capaian()), Sel.of(keterangan(line))));
            }
            no++;
        }
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Indikator Kinerja", Jenis.TEKS, 30),
                new Kolom("Satuan", Jenis.TEKS, 7), new Kolom("Target Tahunan", Jenis.NILAI, 8),
                new Kolom("Periode", Jenis.TEKS, 9), new Kolom("Target", Jenis.NILAI, 9),
                new Kolom("Realisasi", Jenis.NILAI, 9), new Kolom("%", Jenis.PERSEN, 8),
                new Kolom("Keterangan", Jenis.TEKS, 16)), rows, null);
    }

    private static CapaianView.Baris line(CapaianView view, String code) {
        return view.indicators().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    /** What a row says beside its %: the keterangan (with the rule book's note), why it waits, or why not computed. */
    static String keterangan(CapaianView.Baris line) {
        return switch (line.status()) {
            case ADA -> line.keterangan().label() + (line.catatan() == null ? "" : " (" + line.catatan() + ")");
            case PENDING -> line.pendingReason() == null ? "menunggu data" : line.pendingReason();
            case TIDAK_TERHITUNG -> "tidak terhitung: " + line.catatan();
            case BELUM_ADA, TANPA_TARGET -> "";
        };
    }

    private static Dokumen.Tabel anggaran(Map<Periode, AnggaranView> perBulan) {
        List<List<Sel>> rows = new ArrayList<>();
        AnggaranView december = perBulan.get(Periode.DES);
        int no = 1;
        for (AnggaranView.Baris program : programs(december)) {
            for (int m = 0; m < Rentang.BULAN.periods.size(); m++) {
                AnggaranView.Baris month = programs(perBulan.get(Rentang.BULAN.periods.get(m))).stream()
                        .filter(p -> p.code().equals(program.code())).findFirst().orElseThrow();
                boolean first = m == 0;
                rows.add(List.of(Sel.of(first ? String.valueOf(no) : ""), Sel.of(first ? program.name() : ""),
                        first ? Sel.of(program.pagu()) : Sel.of(""), Sel.of(Rentang.BULAN.names.get(m)),
                        Sel.of(month.rencana()), Sel.of(month.realisasi()), Sel.of(month.terhadapRencana())));
            }
            no++;
        }
        AnggaranView.Baris total = december.opdTotal();
        return new Dokumen.Tabel(List.of(new Kolom("No", Jenis.TEKS, 4), new Kolom("Program", Jenis.TEKS, 36),
                new Kolom("Anggaran Tahunan (Rp)", Jenis.RUPIAH, 14), new Kolom("Bulan", Jenis.TEKS, 10),
                new Kolom("Rencana s.d. Bulan (Rp)", Jenis.RUPIAH, 13), new Kolom("Realisasi s.d. Bulan (Rp)",
                        Jenis.RUPIAH, 13), new Kolom("%", Jenis.PERSEN, 10)), rows,
                List.of(Sel.of(""), Sel.of("TOTAL"), Sel.of(total.pagu()), Sel.of("Desember"),
                        Sel.of(total.rencana()), Sel.of(total.realisasi()), Sel.of(total.terhadapRencana())));
    }

    private static List<AnggaranView.Baris> programs(AnggaranView anggaran) {
        return Kode.urut(anggaran.sasaran().stream().flatMap(s -> s.rincian().stream()).toList(),
                AnggaranView.Baris::code);
    }
}
