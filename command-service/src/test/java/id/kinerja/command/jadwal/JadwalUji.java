package id.kinerja.command.jadwal;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import id.kinerja.api.jadwal.Tenggat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A daerah's schedule as a Perjanjian Kinerja fixture sees it: built from the same events the
 * {@link JadwalPelaporan} records, so the rules read it exactly as in production.
 */
public final class JadwalUji implements JadwalDaerah {

    private final List<Tenggat> tenggat = new ArrayList<>();
    private Jadwal jadwal = Jadwal.KOSONG;

    /** No schedule: nothing due, nothing late, nothing closed. */
    public static JadwalUji tanpaJadwal() {
        return new JadwalUji();
    }

    public JadwalUji tenggat(Periode period, LocalDate tanggal) {
        tenggat.add(new Tenggat(period, tanggal));
        jadwal = jadwal.with(new JadwalSet(id(), List.copyOf(tenggat)));
        return this;
    }

    /** The daerah closed the period at that moment. */
    public JadwalUji ditutup(Periode period, Instant at) {
        jadwal = jadwal.with(new PeriodeClosed(id(), period, jadwal.tenggat(period).orElseThrow()), at);
        return this;
    }

    @Override
    public Jadwal untuk(TenantId daerah, int year) {
        return jadwal;
    }

    private static JadwalId id() {
        return new JadwalId(TenantId.of("51.03"), 2023);
    }
}
