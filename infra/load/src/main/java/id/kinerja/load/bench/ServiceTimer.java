package id.kinerja.load.bench;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own timer read from its Prometheus endpoint: its count and total time over the series whose tags
 * include one given tag. Read before and after a series of requests, the difference is that series' share — e.g.
 * reporting-service's {@code kinerja.dokumen.susun} (gathering a document's facts and composing it) beside
 * {@code kinerja.dokumen.render} (rendering it).
 */
final class ServiceTimer {

    /** A count and a total; {@link #minus} gives what happened between two readings. */
    record Reading(double count, double seconds) {

        Reading minus(Reading before) {
            return new Reading(count - before.count, seconds - before.seconds);
        }

        double meanMillis() {
            return count == 0 ? Double.NaN : seconds * 1000 / count;
        }
    }

    private final Pattern line;
    private final String tag;
    private final String url;

    /** {@code metric}: the Prometheus name without suffix, e.g. {@code kinerja_dokumen_render_seconds}. */
    ServiceTimer(String metric, String tag, String url) {
        this.line = Pattern.compile("^" + Pattern.quote(metric) + "_(count|sum)\\{([^}]*)} ([0-9.E+-]+)",
                Pattern.MULTILINE);
        this.tag = tag;
        this.url = url;
    }

    Reading read() throws IOException, InterruptedException {
        String metrics = Prometheus.scrape(url);
        double count = 0;
        double seconds = 0;
        Matcher m = line.matcher(metrics);
        while (m.find()) {
            if (m.group(2).contains(tag)) {
                double value = Double.parseDouble(m.group(3));
                if (m.group(1).equals("count")) {
                    count += value;
                } else {
                    seconds += value;
                }
            }
        }
        return new Reading(count, seconds);
    }
}
