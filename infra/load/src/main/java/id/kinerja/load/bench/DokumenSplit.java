package id.kinerja.load.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Where reporting-service's time went for a series of one document kind, by its own timers: gathering the facts
 * from query-service and composing the document from them by the rule book ({@code kinerja.dokumen.susun}), and
 * rendering it ({@code kinerja.dokumen.render}), as means over the timed requests.
 */
final class DokumenSplit implements Reads.Split {

    private final ServiceTimer facts;
    private final ServiceTimer render;
    private ServiceTimer.Reading factsBefore;
    private ServiceTimer.Reading renderBefore;

    DokumenSplit(String reportingUrl, String jenis) {
        this.facts = new ServiceTimer("kinerja_dokumen_susun_seconds", "jenis=\"" + jenis + "\"", reportingUrl);
        this.render = new ServiceTimer("kinerja_dokumen_render_seconds", "jenis=\"" + jenis + "\"", reportingUrl);
    }

    @Override
    public void start() {
        factsBefore = read(facts);
        renderBefore = read(render);
    }

    @Override
    public String end() {
        return String.format(Locale.ROOT, "mean in reporting-service: facts gathered and composed %.1f ms, "
                + "rendering %.1f ms", read(facts).minus(factsBefore).meanMillis(), read(render).minus(renderBefore).meanMillis());
    }

    private static ServiceTimer.Reading read(ServiceTimer timer) {
        try {
            return timer.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
