package id.kinerja.load.send;

import id.kinerja.load.province.OpdYear;
import id.kinerja.load.province.Request;
import id.kinerja.load.province.SyntheticProvince;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Loads a synthetic province through command-service, in the order its people would act: the platform administrator
 * registers the province, its kabupaten/kota and their perangkat daerah; each perangkat daerah imports its planning
 * year; then month after month every perangkat daerah records its realisasi and budget realisation, corrects the
 * month before, amending its PK in September where it does. Each step is a {@link Phase}.
 */
public final class ProvinceLoad {

    /** What the load did. */
    public record Report(long expectedEvents, long events, long requests, long errors, Duration took,
                         List<Phase.Result> phases, Instant monthsStarted, List<Instant> monthsClosed) {
    }

    private final SyntheticProvince province;
    private final CommandApi api;
    private final int clients;
    private final PrintStream out;
    private final Duration monthPause;

    public ProvinceLoad(SyntheticProvince province, CommandApi api, int clients, PrintStream out) {
        this(province, api, clients, out, Duration.ZERO);
    }

    /**
     * {@code monthPause}: a quiet time after each month's reports, as between a real month's deadline and the next
     * month's first reports — the platform's work that waits for quiet (summaries composed ahead) gets its chance.
     */
    public ProvinceLoad(SyntheticProvince province, CommandApi api, int clients, PrintStream out, Duration monthPause) {
        this.province = province;
        this.api = api;
        this.clients = clients;
        this.out = out;
        this.monthPause = monthPause;
    }

    public Report run() {
        long started = System.nanoTime();
        out.printf("Load: %s%n", province.shape());
        long expected = province.expectedEvents();
        out.printf("  %,d perangkat daerah in %d daerah; %,d events to store%n", province.opds().size(),
                province.daerah().size(), expected);
        AtomicLong sent = new AtomicLong();
        Phase.Progress progress = new Phase.Progress() {
            @Override
            public void events(long added) {
                sent.addAndGet(added);
            }

            @Override
            public String overall() {
                return String.format("events %,d / %,d (%.0f %%)", sent.get(), expected, sent.get() * 100.0 / expected);
            }
        };
        List<Phase.Result> phases = new ArrayList<>();
        List<Request> tenants = province.tenantRegistrations();
        phases.add(phase("daerah", List.of(() -> tenants.subList(0, 1)), progress));
        phases.add(phase("daerah", tenants.subList(1, tenants.size()).stream()
                .<Supplier<List<Request>>>map(r -> () -> List.of(r)).toList(), progress));
        int first = province.shape().years().stream().min(Integer::compare).orElseThrow();
        phases.add(phase("perangkat daerah", units(first, y -> List.of(y.registration())), progress));
        Instant monthsStarted = null;
        List<Instant> monthsClosed = new ArrayList<>();
        int monthsPaused = 0;
        for (int year : province.shape().years()) {
            phases.add(phase(year + " perencanaan", units(year, y -> List.of(y.planning())), progress));
            monthsStarted = monthsStarted == null ? Instant.now() : monthsStarted;
            monthsClosed.clear(); // the last year's: the one rolled up
            for (int m = 1; m <= OpdYear.CLOSING; m++) {
                int month = m;
                String name = year + " " + (m <= 12 ? OpdYear.monthName(m) : "penutupan");
                phases.add(phase(name, units(year, y -> y.month(month)), progress));
                monthsClosed.add(Instant.now());
                pause();
                monthsPaused++;
            }
        }
        Report report = new Report(expected, sent.get(), phases.stream().mapToLong(Phase.Result::requests).sum(),
                phases.stream().mapToLong(Phase.Result::errors).sum(),
                Duration.ofNanos(System.nanoTime() - started).minus(monthPause.multipliedBy(monthsPaused)), phases,
                monthsStarted, List.copyOf(monthsClosed));
        out.printf("Loaded %,d of %,d events with %,d requests in %s (%,.0f requests/s), %d refused%s%n",
                report.events(), expected, report.requests(), report.took(),
                report.requests() * 1000.0 / Math.max(1, report.took().toMillis()), report.errors(),
                monthPause.isZero() ? "" : " (the quiet " + monthPause.toSeconds() + " s after each month uncounted)");
        return report;
    }

    private void pause() {
        try {
            Thread.sleep(monthPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between months", e);
        }
    }

    private Phase.Result phase(String name, List<Supplier<List<Request>>> units, Phase.Progress progress) {
        return new Phase(name, units, api, out, progress).run(clients);
    }

    private List<Supplier<List<Request>>> units(int year, java.util.function.Function<OpdYear, List<Request>> work) {
        return province.opds().stream().<Supplier<List<Request>>>map(opd -> () -> work.apply(province.year(opd, year)))
                .toList();
    }
}
