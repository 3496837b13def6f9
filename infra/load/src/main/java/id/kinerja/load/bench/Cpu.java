package id.kinerja.load.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Where the machine's processors went in each stage, by process: every service, PostgreSQL (the postmaster, its
 * backends, and the backends that already exited), the Kafka broker, and this load generator — CPU time from
 * {@code /proc}, divided by the stage's length: how many of the machine's cores each kept busy on average.
 */
final class Cpu {

    /** A process (or PostgreSQL's tree) and its CPU time so far, in clock ticks. */
    record Process(String name, LongSupplier ticks) {
    }

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

    private final List<Process> processes;
    private final Map<String, Map<String, Double>> cores = new LinkedHashMap<>();
    private Map<String, Long> startTicks;
    private long startNanos;
    private String stage = "start";

    Cpu(List<Process> processes) {
        this.processes = processes;
        this.startTicks = read();
        this.startNanos = System.nanoTime();
    }

    /** A process's user + system time, 0 once it is gone. */
    static Process of(String name, long pid) {
        return new Process(name, () -> stat(pid, false));
    }

    /** PostgreSQL: the postmaster listening on {@code port}, its children alive and those it has reaped. */
    static Process postgres(int port) {
        return new Process("PostgreSQL", () -> {
            long postmaster = postmaster(port);
            if (postmaster < 0) {
                return 0;
            }
            return stat(postmaster, true) + processes().filter(pid -> parent(pid) == postmaster)
                    .map(pid -> stat(pid, false)).sum();
        });
    }

    synchronized void stage(String next) {
        Map<String, Long> now = read();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> used = new LinkedHashMap<>();
        for (Process process : processes) {
            long ticks = now.get(process.name()) - startTicks.getOrDefault(process.name(), 0L);
            used.put(process.name(), Math.max(0, ticks) / TICKS_PER_SECOND / seconds);
        }
        cores.put(stage, used);
        startTicks = now;
        startNanos = System.nanoTime();
        stage = next;
    }

    /** Stage → process → cores busy on average. */
    synchronized Map<String, Map<String, Double>> cores() {
        return cores;
    }

    private Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach(p -> ticks.put(p.name(), p.ticks().getAsLong()));
        return ticks;
    }

    /** Fields 14–15 of /proc/pid/stat (utime, stime), and 16–17 (the reaped children's) when asked. */
    private static long stat(long pid, boolean withReapedChildren) {
        String[] f = fields(pid);
        if (f == null) {
            return 0;
        }
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withReapedChildren ? ticks + Long.parseLong(f[13]) + Long.parseLong(f[14]) : ticks;
    }

    private static long parent(long pid) {
        String[] f = fields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** The fields after the command name (which may hold spaces): state is [0], ppid [1], utime [11]. */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long postmaster(int port) {
        return processes().filter(pid -> {
            try {
                List<String> args = List.of(Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0"));
                int flag = args.indexOf("-p");
                return args.get(0).matches("(.*/)?postgres") && flag >= 0 && flag + 1 < args.size()
                        && args.get(flag + 1).equals(Integer.toString(port));
            } catch (IOException | RuntimeException gone) {
                return false; // exited while we looked
            }
        }).findFirst().orElse(-1);
    }

    /** The ids of the processes running now. */
    private static LongStream processes() {
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            return LongStream.of(all.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit)).mapToLong(Long::parseLong).toArray());
        } catch (IOException e) {
            return LongStream.empty();
        }
    }
}
