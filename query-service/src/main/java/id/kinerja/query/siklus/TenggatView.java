package id.kinerja.query.siklus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What is due and late in a daerah for a year, as of a time: how many periods stand where, and the periods
 * themselves (those asked for).
 *
 * @param tanggal the daerah's own date at {@code asOf}, which the deadlines are judged on
 */
public record TenggatView(String tenant, String name, int year, Instant asOf, LocalDate tanggal,
                          Map<Keadaan, Long> jumlah, List<PeriodeStatus> periode) {
}
