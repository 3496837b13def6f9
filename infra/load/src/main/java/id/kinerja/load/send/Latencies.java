package id.kinerja.load.send;

import java.util.Arrays;

/** Response times of one kind of request, in microseconds, and their percentiles. */
public final class Latencies {

    private long[] micros = new long[1024];
    private int count;

    public synchronized void record(long micros) {
        if (count == this.micros.length) {
            this.micros = Arrays.copyOf(this.micros, count * 2);
        }
        this.micros[count++] = micros;
    }

    /** Adds what another set recorded. */
    public void addAll(Latencies other) {
        long[] copy;
        int n;
        synchronized (other) {
            copy = java.util.Arrays.copyOf(other.micros, other.count);
            n = other.count;
        }
        for (int i = 0; i < n; i++) {
            record(copy[i]);
        }
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds, nearest-rank; NaN when nothing was recorded. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1000.0;
    }

    /** What was recorded since the last call, as its own set (for progress over an interval). */
    public synchronized Latencies drain() {
        Latencies interval = new Latencies();
        interval.micros = Arrays.copyOf(micros, Math.max(1, count));
        interval.count = count;
        count = 0;
        return interval;
    }
}
