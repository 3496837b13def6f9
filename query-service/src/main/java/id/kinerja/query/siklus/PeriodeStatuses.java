package id.kinerja.query.siklus;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.common.WaktuDaerah;
import id.kinerja.api.verifikasi.StatusPeriode;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is due and late: every period each perangkat daerah reports (the granularities of its Rencana Aksi and
 * realisasi, and the year), with its status, due date and where it stands against the deadline on the daerah's own
 * date at the time asked.
 */
@Component
public class PeriodeStatuses {

    /** Calendar order: a month before its triwulan, the triwulan before the year. */
    static final Comparator<Periode> CALENDAR = Comparator.comparing(Periode::lastMonth)
            .thenComparing(p -> switch (p.granularity()) {
                case BULAN -> 0;
                case TRIWULAN -> 1;
                case TAHUN -> 2;
            });

    private final SiklusReads reads;

    public PeriodeStatuses(SiklusReads reads) {
        this.reads = reads;
    }

    /** The years the daerah has PKs for, as of then. */
    public List<Integer> years(String tenant, Instant asOf) {
        return reads.years(tenant, asOf);
    }

    /** One perangkat daerah's periods. */
    public List<PeriodeStatus> opd(String tenant, String opd, String opdName, int year, Instant asOf) {
        return build(tenant, opd, Map.of(opd, opdName), year, asOf);
    }

    /** Every perangkat daerah of the daerah with a PK for the year. */
    public List<PeriodeStatus> daerah(String tenant, int year, Instant asOf) {
        return build(tenant, null, reads.opdsWithPk(tenant, year, asOf), year, asOf);
    }

    /** @param only the one OPD asked about, or null for the whole daerah */
    private List<PeriodeStatus> build(String tenant, String only, Map<String, String> opds, int year, Instant asOf) {
        Map<String, Map<Periode, SiklusReads.Status>> statuses = reads.statuses(tenant, only, year, asOf);
        Map<Periode, SiklusReads.Tenggat> jadwal = reads.jadwal(tenant, year, asOf);
        Map<String, Set<Periode>> reporting = reads.reportingPeriods(tenant, opds.keySet(), year, asOf);
        LocalDate today = WaktuDaerah.date(TenantId.of(tenant), asOf);
        List<PeriodeStatus> all = new ArrayList<>();
        for (Map.Entry<String, String> opd : opds.entrySet()) {
            Map<Periode, SiklusReads.Status> of = statuses.getOrDefault(opd.getKey(), Map.of());
            Set<Periode> periods = EnumSet.copyOf(reporting.getOrDefault(opd.getKey(), EnumSet.of(Periode.TAHUN)));
            periods.addAll(of.keySet());
            periods.stream().sorted(CALENDAR).forEach(period -> all.add(status(tenant, opd.getKey(), opd.getValue(),
                    year, period, of.get(period), jadwal.get(period), today)));
        }
        return all;
    }

    private static PeriodeStatus status(String tenant, String opd, String opdName, int year, Periode period,
                                        SiklusReads.Status row, SiklusReads.Tenggat tenggat, LocalDate today) {
        StatusPeriode status = row == null ? StatusPeriode.TERBUKA : StatusPeriode.valueOf(row.status());
        LocalDate due = tenggat == null ? null : tenggat.tanggal();
        Keadaan keadaan = Keadaan.of(status, due, today);
        boolean late = keadaan == Keadaan.TERLAMBAT || (row != null && row.terlambat());
        return new PeriodeStatus(tenant, opd, opdName, year, period.name(), status.name(), keadaan, late, due,
                tenggat == null ? null : tenggat.ditutupPada(), row == null ? null : row.catatan(),
                row == null ? null : row.oleh(), row == null ? null : row.sejak(),
                row == null ? null : row.diajukanPada(), row == null ? null : row.diajukanOleh());
    }
}
