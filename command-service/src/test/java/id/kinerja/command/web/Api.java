package id.kinerja.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API as a client sees it over HTTP, with a check that refused requests store nothing. Requests carry
 * a {@link DevTokens} token of the named user, entitled to what the request is about (the business-rule tests act
 * as the right people; {@code AccessMatrixTest} checks who is refused).
 */
public class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String actor;
    private final JdbcTemplate jdbc;
    private final Map<String, DevTokens> tokens = new HashMap<>();

    public Api(String baseUrl, String actor, JdbcTemplate jdbc) {
        this.baseUrl = baseUrl;
        this.actor = actor;
        this.jdbc = jdbc;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response send(String method, String path, String body) {
        return send(method, path, body, actor);
    }

    /** With {@code actingUser} null the request carries no token at all. */
    public Response send(String method, String path, String body, String actingUser) {
        return sendWithToken(method, path, body, actingUser == null ? null : token(actingUser, path, body));
    }

    /** Sends with exactly this token (null: none), e.g. one of another user or a forged one. */
    public Response sendWithToken(String method, String path, String body, String token) {
        String type = path.startsWith("/api/import") ? "application/yaml" : "application/json";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return response(exchange(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Sends raw bytes, e.g. a spreadsheet, and returns the answer's bytes and status. */
    public HttpResponse<byte[]> sendBytes(String method, String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token(actor, path, null))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Uploads one file as the multipart part {@code berkas}, with the token of the named user (or this token). */
    public Response upload(String path, String fileName, byte[] content, String user) {
        return uploadWithToken(path, fileName, content, token(user, path, null));
    }

    public Response uploadWithToken(String path, String fileName, byte[] content, String token) {
        String boundary = "kinerja-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return response(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** GETs bytes (a download) with the token of the named user. */
    public HttpResponse<byte[]> download(String path, String user) {
        return downloadWithToken(path, token(user, path, null));
    }

    public HttpResponse<byte[]> downloadWithToken(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response response(HttpResponse<String> response) {
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /**
     * Sends a request that must be refused as an RFC 7807 problem with the given status, rule and field, and
     * checks that the event store did not change.
     */
    public JsonNode refused(String method, String path, String body, int status, String rule, String field) {
        long before = eventCount();
        Response response = send(method, path, body);
        assertThat(response.status()).as("status of %s %s: %s", method, path, response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("rule").asText()).as("rule in %s", response.body()).isEqualTo(rule);
        if (field != null) {
            assertThat(problem.path("field").asText()).as("field in %s", response.body()).isEqualTo(field);
        }
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at id.");
        assertThat(eventCount()).as("events stored by a refused request").isEqualTo(before);
        return problem;
    }

    private String token(String user, String path, String body) {
        return tokens.computeIfAbsent(user, name -> new DevTokens(DevIssuer.shared(), name)).forRequest(path, body);
    }

    public long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
