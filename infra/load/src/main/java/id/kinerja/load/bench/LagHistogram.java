package id.kinerja.load.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own latency histogram read from its Prometheus endpoint, summed over its tags and instances: read once
 * before a stage and once after, the difference holds only that stage's samples. It splits the accepted → visible lag
 * by where it was spent — command-service's {@code kinerja.publisher.latency} (recorded → acknowledged by Kafka) and
 * query-service's {@code kinerja.query.projection.latency} (recorded → applied and committed).
 */
final class LagHistogram {

    /** Cumulative counts by upper bound in seconds; the quantile is the bound of the bucket that reaches it. */
    record Buckets(TreeMap<Double, Double> cumulative) {

        Buckets minus(Buckets before) {
            TreeMap<Double, Double> delta = new TreeMap<>();
            cumulative.forEach((le, count) -> delta.put(le, count - before.cumulative.getOrDefault(le, 0.0)));
            return new Buckets(delta);
        }

        double count() {
            return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
        }

        /** The bucket bound (ms) at or below which a share {@code q} of the samples lie; NaN without samples. */
        double quantileMillis(double q) {
            double total = count();
            if (total == 0) {
                return Double.NaN;
            }
            for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
                if (bucket.getValue() >= q * total) {
                    return bucket.getKey() * 1000;
                }
            }
            return Double.POSITIVE_INFINITY;
        }
    }

    private final Pattern bucket;
    private final List<String> urls;

    /** {@code metric}: the Prometheus name without suffix, e.g. {@code kinerja_publisher_latency_seconds}. */
    LagHistogram(String metric, List<String> urls) {
        this.bucket = Pattern.compile("^" + Pattern.quote(metric) + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.E+]+)",
                Pattern.MULTILINE);
        this.urls = urls;
    }

    Buckets read() throws IOException, InterruptedException {
        TreeMap<Double, Double> cumulative = new TreeMap<>();
        for (String url : urls) {
            String metrics = Prometheus.scrape(url);
            Matcher m = bucket.matcher(metrics);
            while (m.find()) {
                double le = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
                cumulative.merge(le, Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return new Buckets(cumulative);
    }
}
