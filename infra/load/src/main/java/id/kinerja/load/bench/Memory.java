package id.kinerja.load.bench;

import id.kinerja.localstack.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of each service while the benchmarks run, sampled every two seconds: resident set size of the process
 * (from /proc) and Java heap in use (from its Prometheus endpoint); the peaks of each stage are kept.
 */
final class Memory implements AutoCloseable {

    /** Peak resident set and heap in use of a service during a stage, in MiB. */
    record Peak(long residentMiB, long heapMiB) {
    }

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)",
            Pattern.MULTILINE);

    private final List<Platform.Service> services;
    private final Map<String, Map<String, Peak>> peaks = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String stage = "start";

    Memory(List<Platform.Service> services) {
        this.services = services;
        sampler.scheduleAtFixedRate(this::sample, 0, 2, TimeUnit.SECONDS);
    }

    void stage(String name) {
        stage = name;
    }

    /** Stage → service → peak. */
    synchronized Map<String, Map<String, Peak>> peaks() {
        return peaks;
    }

    private void sample() {
        String current = stage;
        for (Platform.Service service : services) {
            Peak now = new Peak(resident(service.pid()), heap(service.url()));
            synchronized (this) {
                peaks.computeIfAbsent(current, s -> new LinkedHashMap<>()).merge(service.name(), now,
                        (a, b) -> new Peak(Math.max(a.residentMiB(), b.residentMiB()), Math.max(a.heapMiB(), b.heapMiB())));
            }
        }
    }

    private static long resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process is not (or no longer) there
        }
        return 0;
    }

    private long heap(String url) {
        try {
            String metrics = Prometheus.scrape(url);
            double bytes = 0;
            Matcher heap = HEAP.matcher(metrics);
            while (heap.find()) {
                bytes += Double.parseDouble(heap.group(1));
            }
            return (long) (bytes / (1024 * 1024));
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
