package id.kinerja.api.jadwal;

import id.kinerja.api.common.Periode;

import java.time.LocalDate;

/** The date by which a period's report is due (e.g. a month's realisasi by the 10th of the next month). */
public record Tenggat(Periode period, LocalDate tanggal) {
}
