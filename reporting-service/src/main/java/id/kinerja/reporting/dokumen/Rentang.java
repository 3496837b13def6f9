package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Periode;

import java.util.List;

/** The periods a Rencana Aksi or Capaian table runs over, with the names the documents print. */
enum Rentang {
    TRIWULAN(Periode.all(Periode.Granularity.TRIWULAN), List.of("TW I", "TW II", "TW III", "TW IV")),
    BULAN(Periode.all(Periode.Granularity.BULAN), List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember"));

    final List<Periode> periods;
    final List<String> names;

    Rentang(List<Periode> periods, List<String> names) {
        this.periods = periods;
        this.names = names;
    }
}
