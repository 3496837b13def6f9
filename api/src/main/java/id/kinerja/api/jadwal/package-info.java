/**
 * Jadwal pelaporan: per daerah and year, when each period's report is due, and which periods the daerah has
 * closed after their deadline.
 */
package id.kinerja.api.jadwal;
