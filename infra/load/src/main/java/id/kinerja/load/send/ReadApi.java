package id.kinerja.load.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads from query-service and reporting-service as an auditor of the province, timing each answer. */
public final class ReadApi {

    /** An answer: status, body and response time. */
    public record Answer(int status, byte[] body, long micros) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Users users;
    private final String provinsi;

    public ReadApi(Users users, String provinsi) {
        this.users = users;
        this.provinsi = provinsi;
    }

    public Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A POST as the platform administrator (replays of every daerah are theirs to start). */
    public Answer postAsAdmin(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + users.administrator()));
    }

    private Answer send(HttpRequest.Builder request) {
        if (request.build().headers().firstValue("Authorization").isEmpty()) {
            request.header("Authorization", "Bearer " + users.auditor(provinsi));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1000);
        } catch (IOException e) {
            return new Answer(0, e.toString().getBytes(), (System.nanoTime() - start) / 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
