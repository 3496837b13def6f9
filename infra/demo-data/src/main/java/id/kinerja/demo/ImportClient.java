package id.kinerja.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BinaryOperator;

/** Sends an import file to command-service's {@code POST /api/import}, as the command line and the local stack do. */
public class ImportClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final BinaryOperator<String> tokens;

    /** @param tokens the bearer token for a request, from its path and body */
    public ImportClient(String baseUrl, BinaryOperator<String> tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /** The answer: 201 with the import report, or a problem naming the rejected line. */
    public HttpResponse<String> send(String fileText) {
        return send(fileText, false);
    }

    /** With {@code dryRun}, 200 with the report of what would have been stored, and nothing stored. */
    public HttpResponse<String> send(String fileText, boolean dryRun) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/import" + (dryRun ? "?dryRun=true" : "")))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/yaml")
                .header("Authorization", "Bearer " + tokens.apply("/api/import", fileText))
                .POST(HttpRequest.BodyPublishers.ofString(fileText))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("could not reach " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }
}
