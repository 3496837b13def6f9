package id.kinerja.query.siklus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One period of one perangkat daerah's year in the reporting cycle, as of a time: its status and who set it, its
 * due date and whether the daerah closed it, where it stands against the deadline, and its last submission.
 *
 * @param terlambat submitted after its due date, or still not submitted past it
 * @param sejak     when the status was set (null while TERBUKA)
 */
public record PeriodeStatus(String tenant, String opd, String opdName, int year, String period, String status,
                            Keadaan keadaan, boolean terlambat, LocalDate tenggat, Instant ditutupPada, String catatan,
                            String oleh, Instant sejak, Instant diajukanPada, String diajukanOleh) {
}
