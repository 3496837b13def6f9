package id.kinerja.endtoend;

import id.kinerja.endtoend.OtlpCollector.ReceivedSpan;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One RecordRealisasi, one trace, every hop: the caller's trace (a W3C traceparent header) continues in
 * command-service's HTTP span, the command's span, the event store append and the Kafka publish — across the tracking
 * processor's thread, through the trace context stored in the event's metadata — and in query-service, from the
 * record's headers, the projection's write. The services export the spans over OTLP, as to any collector.
 */
class TraceEndToEndTest {

    private static final String PK = "/api/tenants/51.03/opd/diskopukmp-jejak/pk/2023";

    @Test
    void a_recorded_realisasi_is_one_trace_from_the_request_to_the_projection() throws Exception {
        Platform platform = RunningPlatform.get();
        ImportedSeeds.imported("badung-2023", "diskopukmp-jejak");
        HexFormat hex = HexFormat.of();
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String traceId = hex.formatHex(random, 0, 16);
        String callerSpan = hex.formatHex(random, 16, 24);

        String url = platform.commandUrl() + PK + "/realisasi/IKU-1.1/TAHUN";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + RunningPlatform.tokenFor(url))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 7.25}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);

        OtlpCollector collector = RunningPlatform.traces();
        // each service exports in its own batches: the projection's span may well arrive before the request's
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ReceivedSpan> spans = collector.trace(traceId);
            assertThat(spans).extracting(ReceivedSpan::name).as("spans of the trace").contains(
                    "command RecordRealisasi", "event store append", "kinerja.events publish",
                    "projection RealisasiRecorded");
            assertThat(request(spans)).as("the request's span").isPresent();
        });
        List<ReceivedSpan> trace = collector.trace(traceId);

        ReceivedSpan http = request(trace).orElseThrow();
        ReceivedSpan command = span(trace, "command RecordRealisasi").orElseThrow();
        ReceivedSpan append = span(trace, "event store append").orElseThrow();
        ReceivedSpan publish = span(trace, "kinerja.events publish").orElseThrow();
        ReceivedSpan projection = span(trace, "projection RealisasiRecorded").orElseThrow();

        assertThat(http.parentSpanId()).isEqualTo(callerSpan);
        // the command's span is inside the request's (Spring Security's filters are not observed on their own)
        assertThat(ancestors(trace, command)).as(describe(trace)).contains(http.spanId());
        assertThat(command.attributes()).containsEntry("kinerja.tenant", "51.03")
                .containsEntry("kinerja.user", "penguji-e2e");
        assertThat(append.parentSpanId()).as(describe(trace)).isEqualTo(command.spanId());
        assertThat(publish.parentSpanId()).as(describe(trace)).isEqualTo(command.spanId());
        assertThat(publish.kind()).isEqualTo("SPAN_KIND_PRODUCER");
        assertThat(publish.service()).isEqualTo("command-service");
        assertThat(projection.parentSpanId()).as(describe(trace)).isEqualTo(publish.spanId());
        assertThat(projection.kind()).isEqualTo("SPAN_KIND_CONSUMER");
        assertThat(projection.service()).isEqualTo("query-service");
        assertThat(projection.attributes()).containsEntry("kinerja.tenant", "51.03");
    }

    private static List<String> ancestors(List<ReceivedSpan> trace, ReceivedSpan span) {
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s));
        List<String> ancestors = new ArrayList<>();
        for (ReceivedSpan parent = byId.get(span.parentSpanId()); parent != null;
             parent = byId.get(parent.parentSpanId())) {
            ancestors.add(parent.spanId());
        }
        return ancestors;
    }

    private static String describe(List<ReceivedSpan> trace) {
        return trace.stream().map(s -> s.service() + " " + s.spanId() + " <- " + s.parentSpanId() + " " + s.name())
                .collect(Collectors.joining("\n", "trace:\n", ""));
    }

    private static Optional<ReceivedSpan> request(List<ReceivedSpan> trace) {
        return trace.stream().filter(span -> span.service().equals("command-service")
                && span.kind().equals("SPAN_KIND_SERVER")).findFirst();
    }

    private static Optional<ReceivedSpan> span(List<ReceivedSpan> trace, String name) {
        return trace.stream().filter(span -> span.name().equals(name)).findFirst();
    }
}
