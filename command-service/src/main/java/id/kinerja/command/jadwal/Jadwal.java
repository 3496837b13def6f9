package id.kinerja.command.jadwal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import id.kinerja.api.jadwal.Tenggat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/**
 * A daerah's reporting schedule for a year as its events left it: each period's due date, and when the daerah
 * closed a period. Immutable; the aggregate that decides on it and the rules of a Perjanjian Kinerja read it alike.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public final class Jadwal {

    /** No schedule: nothing is due, nothing is late, nothing is closed. */
    public static final Jadwal KOSONG = new Jadwal(Map.of(), Map.of());

    private final Map<Periode, LocalDate> tenggat;
    private final Map<Periode, Instant> ditutup;

    private Jadwal(Map<Periode, LocalDate> tenggat, Map<Periode, Instant> ditutup) {
        this.tenggat = Collections.unmodifiableMap(copy(tenggat));
        this.ditutup = Collections.unmodifiableMap(copy(ditutup));
    }

    public Optional<LocalDate> tenggat(Periode period) {
        return Optional.ofNullable(tenggat.get(period));
    }

    /** When the daerah closed the period, if it did. */
    public Optional<Instant> ditutupPada(Periode period) {
        return Optional.ofNullable(ditutup.get(period));
    }

    public Map<Periode, LocalDate> semuaTenggat() {
        return tenggat;
    }

    /**
     * The due date an entry made on {@code today} is past, if any: the period's own, or for a month without one
     * the due date of its triwulan (a daerah that reports quarterly still takes budget realisation per month).
     */
    public Optional<LocalDate> terlewat(Periode period, LocalDate today) {
        LocalDate due = tenggat.get(period);
        if (due == null && period.granularity() == Granularity.BULAN) {
            due = tenggat.get(Periode.all(Granularity.TRIWULAN).get((period.number() - 1) / 3));
        }
        return due != null && today.isAfter(due) ? Optional.of(due) : Optional.empty();
    }

    public Jadwal with(JadwalSet event) {
        Map<Periode, LocalDate> set = new EnumMap<>(Periode.class);
        for (Tenggat t : event.tenggat()) {
            set.put(t.period(), t.tanggal());
        }
        return new Jadwal(set, ditutup);
    }

    public Jadwal with(PeriodeClosed event, Instant at) {
        Map<Periode, Instant> closed = copy(ditutup);
        closed.put(event.period(), at);
        return new Jadwal(tenggat, closed);
    }

    private static <V> Map<Periode, V> copy(Map<Periode, V> map) {
        return map.isEmpty() ? new EnumMap<>(Periode.class) : new EnumMap<>(map);
    }
}
