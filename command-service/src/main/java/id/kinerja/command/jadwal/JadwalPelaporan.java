package id.kinerja.command.jadwal;

import id.kinerja.api.common.Periode;
import id.kinerja.api.jadwal.ClosePeriode;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import id.kinerja.api.jadwal.SetJadwal;
import id.kinerja.api.jadwal.Tenggat;
import id.kinerja.command.shared.DomainClock;
import id.kinerja.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.kinerja.command.shared.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A daerah's jadwal pelaporan (reporting schedule) for one year: when each period's report is due — e.g. a month's
 * realisasi by the 10th of the next month — and which periods the daerah closed after their deadline. Set by the
 * daerah's verifier (Bappeda); read by the Perjanjian Kinerja rules through {@link JadwalDaerah}.
 */
@Aggregate
public class JadwalPelaporan {

    @AggregateIdentifier
    private JadwalId id;
    private Jadwal jadwal = Jadwal.KOSONG;

    protected JadwalPelaporan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetJadwal command) {
        JadwalId target = command.jadwal();
        List<Tenggat> given = command.tenggat();
        require(given != null && !given.isEmpty(), "required", "tenggat",
                "jadwal wajib memuat paling sedikit satu tenggat");
        Set<Periode> seen = EnumSet.noneOf(Periode.class);
        for (int i = 0; i < given.size(); i++) {
            Tenggat tenggat = given.get(i);
            String at = "tenggat[" + i + "]";
            require(tenggat != null && tenggat.period() != null, "required", at + ".period", "periode wajib diisi");
            require(tenggat.tanggal() != null, "required", at + ".tanggal", "tanggal tenggat wajib diisi");
            require(seen.add(tenggat.period()), "tenggat-ganda", at + ".period",
                    "periode " + tenggat.period() + " disebut dua kali");
            LocalDate end = tenggat.period().lastDay(target.year());
            require(tenggat.tanggal().isAfter(end), "tenggat-sebelum-akhir-periode", at + ".tanggal",
                    "tenggat periode " + tenggat.period() + " harus sesudah akhir periodenya (" + end + ")");
            require(tenggat.tanggal().getYear() <= target.year() + 1, "tenggat-terlalu-jauh", at + ".tanggal",
                    "tenggat pelaporan tahun " + target.year() + " paling lambat 31 Desember " + (target.year() + 1));
            LocalDate before = jadwal.tenggat(tenggat.period()).orElse(null);
            require(jadwal.ditutupPada(tenggat.period()).isEmpty() || tenggat.tanggal().equals(before),
                    "periode-ditutup", at + ".tanggal", "periode " + tenggat.period() + " sudah ditutup; tenggatnya "
                            + "tidak dapat diubah");
        }
        for (Periode closed : jadwal.semuaTenggat().keySet()) {
            require(jadwal.ditutupPada(closed).isEmpty() || seen.contains(closed), "periode-ditutup", "tenggat",
                    "periode " + closed + " sudah ditutup; tenggatnya tidak dapat dihapus");
        }
        List<Tenggat> ordered = new ArrayList<>(given);
        ordered.sort(Comparator.comparing(Tenggat::period));
        Map<Periode, LocalDate> current = jadwal.semuaTenggat();
        boolean unchanged = current.size() == ordered.size()
                && ordered.stream().allMatch(t -> t.tanggal().equals(current.get(t.period())));
        if (!unchanged) {
            apply(new JadwalSet(target, List.copyOf(ordered)));
        }
    }

    @CommandHandler
    void handle(ClosePeriode command) {
        Periode period = command.period();
        require(period != null, "required", "period", "periode yang ditutup wajib diisi");
        LocalDate due = jadwal.tenggat(period).orElseThrow(() -> new RuleViolation(
                "tenggat-belum-ditetapkan", "period", "periode " + period + " belum memiliki tenggat di jadwal " + id));
        require(jadwal.ditutupPada(period).isEmpty(), "periode-sudah-ditutup", "period",
                "periode " + period + " sudah ditutup");
        LocalDate today = DomainClock.today(id.tenant());
        require(today.isAfter(due), "tenggat-belum-lewat", "period",
                "periode " + period + " baru dapat ditutup setelah tenggatnya (" + due + ") lewat");
        apply(new PeriodeClosed(id, period, due));
    }

    @EventSourcingHandler
    void on(JadwalSet event) {
        id = event.jadwal();
        jadwal = jadwal.with(event);
    }

    @EventSourcingHandler
    void on(PeriodeClosed event, @Timestamp Instant at) {
        jadwal = jadwal.with(event, at);
    }
}
