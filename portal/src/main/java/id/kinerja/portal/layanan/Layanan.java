package id.kinerja.portal.layanan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The portal's only way to the platform: reads from query-service and reporting-service, commands to
 * command-service, each with the signed-in user's access token. A refusal comes back as a {@link Penolakan} with
 * the problem's rule, field and Indonesian detail; a service that does not answer as {@link LayananTidakTersedia}.
 */
@Component
public class Layanan {

    /** A downloaded file: its bytes, type and the name the service gave it. */
    public record Berkas(byte[] isi, String jenis, String disposisi) {
    }

    public enum Tujuan { PERINTAH, KUERI, DOKUMEN }

    private final RestClient client;
    private final Map<Tujuan, String> baseUrls;
    private final TokenAkses token;
    private final ObjectMapper json;
    /** Threads for reads started ahead ({@link #bacaNanti}); daemon, so they never hold the JVM. */
    private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16,
            runnable -> {
                Thread thread = new Thread(runnable, "portal-baca");
                thread.setDaemon(true);
                return thread;
            });

    public Layanan(RestClient.Builder builder, PortalProperties properties, TokenAkses token, ObjectMapper json) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(60));
        this.client = builder.clone().requestFactory(factory)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw refusal(response.getStatusCode().value(), response.getBody().readAllBytes());
                }).build();
        this.baseUrls = Map.of(Tujuan.PERINTAH, properties.commandUrl(), Tujuan.KUERI, properties.queryUrl(),
                Tujuan.DOKUMEN, properties.reportingUrl());
        this.token = token;
        this.json = json;
    }

    /** GET from query-service: the path with its query parameters (null values left out). */
    public <T> T baca(String path, Map<String, ?> params, Class<T> type) {
        return call(Tujuan.KUERI, () -> request(HttpMethod.GET, Tujuan.KUERI, path, params, token.sekarang())
                .retrieve().body(type));
    }

    public <T> T baca(String path, Map<String, ?> params, ParameterizedTypeReference<T> type) {
        return call(Tujuan.KUERI, () -> request(HttpMethod.GET, Tujuan.KUERI, path, params, token.sekarang())
                .retrieve().body(type));
    }

    /**
     * The same read, started now and answered later: a page asks query-service for its independent parts at once
     * instead of one after the other. The user's token is taken here, on the request's thread.
     */
    public <T> Janji<T> bacaNanti(String path, Map<String, ?> params, Class<T> type) {
        String bearer = token.sekarang();
        Map<String, Object> copy = new java.util.HashMap<>(params);
        return new Janji<>(java.util.concurrent.CompletableFuture.supplyAsync(() -> call(Tujuan.KUERI,
                () -> request(HttpMethod.GET, Tujuan.KUERI, path, copy, bearer).retrieve().body(type)), pool));
    }

    public <T> Janji<T> bacaNanti(String path, Map<String, ?> params, ParameterizedTypeReference<T> type) {
        String bearer = token.sekarang();
        Map<String, Object> copy = new java.util.HashMap<>(params);
        return new Janji<>(java.util.concurrent.CompletableFuture.supplyAsync(() -> call(Tujuan.KUERI,
                () -> request(HttpMethod.GET, Tujuan.KUERI, path, copy, bearer).retrieve().body(type)), pool));
    }

    /** A read under way; {@link #ambil()} waits for it and throws what the read threw. */
    public record Janji<T>(java.util.concurrent.CompletableFuture<T> future) {

        public T ambil() {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /** GET from command-service (the integrity check). */
    public <T> T bacaPerintah(String path, Class<T> type) {
        return call(Tujuan.PERINTAH, () -> request(HttpMethod.GET, Tujuan.PERINTAH, path, Map.of(),
                token.sekarang()).retrieve().body(type));
    }

    /** A command with a JSON body; a refusal throws {@link Penolakan}. */
    public void kirim(HttpMethod method, String path, Object body) {
        call(Tujuan.PERINTAH, () -> request(method, Tujuan.PERINTAH, path, Map.of(), token.sekarang())
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity());
    }

    /** A file sent to command-service (an import), answered with JSON. */
    public JsonNode kirimBerkas(String path, Map<String, ?> params, byte[] content, String contentType) {
        return call(Tujuan.PERINTAH, () -> request(HttpMethod.POST, Tujuan.PERINTAH, path, params, token.sekarang())
                .contentType(MediaType.parseMediaType(contentType)).body(content).retrieve().body(JsonNode.class));
    }

    /** A file sent to command-service as the named part of a multipart form (a bukti dukung), answered with JSON. */
    public JsonNode kirimBagian(String path, String part, String filename, byte[] content, String contentType) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.parseMediaType(contentType));
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        }, partHeaders));
        return call(Tujuan.PERINTAH, () -> request(HttpMethod.POST, Tujuan.PERINTAH, path, Map.of(), token.sekarang())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(JsonNode.class));
    }

    /** A DELETE to command-service with its query parameters; a refusal throws {@link Penolakan}. */
    public void hapus(String path, Map<String, ?> params) {
        call(Tujuan.PERINTAH, () -> request(HttpMethod.DELETE, Tujuan.PERINTAH, path, params, token.sekarang())
                .retrieve().toBodilessEntity());
    }

    /**
     * A public read of reporting-service (the document verification), without any token: the page that asks is open
     * to anyone holding a document.
     */
    public <T> T bacaPublik(String path, Map<String, ?> params, Class<T> type) {
        return call(Tujuan.DOKUMEN, () -> request(HttpMethod.GET, Tujuan.DOKUMEN, path, params, null)
                .retrieve().body(type));
    }

    /** A file posted to reporting-service's public verification, without any token. */
    public <T> T kirimPublik(String path, byte[] content, String contentType, Class<T> type) {
        return call(Tujuan.DOKUMEN, () -> request(HttpMethod.POST, Tujuan.DOKUMEN, path, Map.of(), null)
                .contentType(MediaType.parseMediaType(contentType)).body(content).retrieve().body(type));
    }

    /** A file from a service (a document, the spreadsheet template, a bukti dukung). */
    public Berkas unduh(Tujuan tujuan, String path, Map<String, ?> params) {
        ResponseEntity<byte[]> answer = call(tujuan, () -> request(HttpMethod.GET, tujuan, path, params,
                token.sekarang()).retrieve()
                .toEntity(byte[].class));
        HttpHeaders headers = answer.getHeaders();
        return new Berkas(answer.getBody() == null ? new byte[0] : answer.getBody(),
                headers.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE
                        : headers.getContentType().toString(),
                headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    private RestClient.RequestBodySpec request(HttpMethod method, Tujuan tujuan, String path, Map<String, ?> params,
                                               String bearer) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(baseUrls.get(tujuan)).path(path);
        params.forEach((name, value) -> {
            if (value instanceof java.util.Collection<?> values) {
                values.forEach(each -> uri.queryParam(name, each));
            } else if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return client.method(method).uri(uri.encode().build().toUri())
                .headers(headers -> {
                    if (bearer != null) {
                        headers.setBearerAuth(bearer);
                    }
                });
    }

    private <T> T call(Tujuan tujuan, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new LayananTidakTersedia(switch (tujuan) {
                case PERINTAH -> "command-service";
                case KUERI -> "query-service";
                case DOKUMEN -> "reporting-service";
            }, e);
        }
    }

    private Penolakan refusal(int status, byte[] body) {
        try {
            JsonNode problem = json.readTree(body);
            String detail = problem.path("detail").asText(null);
            return new Penolakan(status, problem.path("rule").asText(null), problem.path("field").asText(null),
                    detail != null ? detail : problem.path("title").asText("permintaan ditolak (" + status + ")"));
        } catch (IOException notJson) {
            return new Penolakan(status, null, null, status == 403 ? "tidak berwenang"
                    : "permintaan ditolak (" + status + "): " + new String(body, StandardCharsets.UTF_8));
        }
    }
}
