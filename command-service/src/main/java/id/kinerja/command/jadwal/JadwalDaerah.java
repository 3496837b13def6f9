package id.kinerja.command.jadwal;

import id.kinerja.api.common.TenantId;

/**
 * Where the rules of a Perjanjian Kinerja learn the daerah's schedule for the year: due dates for marking late
 * entries and submissions, closed periods for refusing changes. Command handlers take it as a parameter.
 */
public interface JadwalDaerah {

    /** The daerah's schedule for the year; {@link Jadwal#KOSONG} when it has none. */
    Jadwal untuk(TenantId daerah, int year);
}
