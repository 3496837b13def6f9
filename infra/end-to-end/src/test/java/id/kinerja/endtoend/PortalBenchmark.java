package id.kinerja.endtoend;

import id.kinerja.embedded.DevIssuer;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page times of the portal with the seeds loaded: time to first byte (p50/p95) of the OPD dashboard, the realisasi
 * grid and the PK comparison for a signed-in user, beside two baselines measured in the same run — a static file of
 * the portal (its HTTP floor) and one query-service read of the PK (what every page asks for at least once), with
 * the other reads the dashboard makes, to see where a page spends its time.
 * Goal: p95 below 300 ms on a 2-core machine. Run with -Dgroups=benchmark.
 */
@Tag("benchmark")
class PortalBenchmark {

    private static final int WARMUP = 20;
    private static final int SAMPLES = 100;

    @Test
    void page_times() throws Exception {
        Platform platform = RunningPlatform.get();
        String buleleng = ImportedSeeds.pkUrl(ImportedSeeds.imported("buleleng-2023"));
        ImportedSeeds.imported("badung-2023", "diskop-seed");
        platform.issuer().withUsers(List.of(new DevIssuer.Identity("auditor.bench", List.of("AUDITOR"), null, null,
                List.of("51"))));
        PortalSession session = PortalSession.masuk(platform.portalUrl(), platform.issuer().authorizationUri(),
                "auditor.bench");
        String bulelengPage = "/daerah/51.08/opd/disdagperinkopukm/pk/2023";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("static file (baseline)", "/css/portal.css");
        pages.put("dashboard (Buleleng)", bulelengPage);
        pages.put("realisasi grid (Buleleng, Maret)", bulelengPage + "/realisasi?periode=MAR");
        pages.put("PK comparison (Badung)", "/daerah/51.03/opd/diskop-seed/pk/2023/perbandingan");
        assertThat(session.get(pages.get("PK comparison (Badung)"))).contains("22.243.685.702");

        System.out.printf("%nPortal page times, time to first byte, %d samples after %d warm-up%n", SAMPLES, WARMUP);
        System.out.printf("%-36s %10s %10s %10s%n", "page", "p50 ms", "p95 ms", "max ms");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long[] times = new long[SAMPLES];
            for (int i = 0; i < WARMUP; i++) {
                session.ttfb(page.getValue());
            }
            for (int i = 0; i < SAMPLES; i++) {
                times[i] = session.ttfb(page.getValue());
            }
            print(page.getKey(), times);
        }
        HttpClient http = HttpClient.newHttpClient();
        String token = platform.issuer().token(new DevIssuer.Identity("auditor.bench", List.of("AUDITOR"), null, null,
                List.of("51")));
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("query-service PK read (baseline)", buleleng);
        reads.put("  its capaian (year)", buleleng + "/capaian");
        reads.put("  its anggaran month by month", buleleng + "/anggaran/bulanan");
        reads.put("  its Rencana Aksi", buleleng + "/rencana-aksi");
        reads.put("  its recorded moments", buleleng + "/momen");
        reads.put("  the daerah's verification status", platform.queryUrl() + "/api/tenants/51.08/verifikasi");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(read.getValue()))
                    .header("Authorization", "Bearer " + token).GET().build();
            long[] times = new long[SAMPLES];
            for (int i = 0; i < WARMUP + SAMPLES; i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.discarding());
                if (i >= WARMUP) {
                    times[i - WARMUP] = System.nanoTime() - start;
                }
            }
            print(read.getKey(), times);
        }
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-36s %10.1f %10.1f %10.1f%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
