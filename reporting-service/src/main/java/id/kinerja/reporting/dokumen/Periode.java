package id.kinerja.reporting.dokumen;

import java.util.List;

/** The periods a Rencana Aksi or Capaian table runs over, with the names the documents print. */
enum Periode {
    TRIWULAN(List.of("TW1", "TW2", "TW3", "TW4"), List.of("TW I", "TW II", "TW III", "TW IV")),
    BULAN(List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"),
            List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                    "November", "Desember"));

    final List<String> codes;
    final List<String> names;

    Periode(List<String> codes, List<String> names) {
        this.codes = codes;
        this.names = names;
    }
}
