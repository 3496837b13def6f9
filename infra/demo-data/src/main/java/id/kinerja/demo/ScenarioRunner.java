package id.kinerja.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.BinaryOperator;

/** Plays scenario steps against a running command-service over HTTP, each with the access token it is given. */
public class ScenarioRunner {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final BinaryOperator<String> tokens;

    /** @param tokens the bearer token for a request, from its path and body */
    public ScenarioRunner(String baseUrl, BinaryOperator<String> tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    public void run(List<Scenario.Step> steps) {
        steps.forEach(this::run);
    }

    public void run(Scenario.Step step) {
        HttpResponse<String> response = send(step);
        if (response.statusCode() == 409 && isRegistration(step)) {
            return; // the province, kabupaten or OPD is shared with a story told before: already registered
        }
        if (response.statusCode() != step.expect()) {
            throw new IllegalStateException("step '" + step.title() + "' (" + step.method() + " " + step.path()
                    + ") answered " + response.statusCode() + " instead of " + step.expect() + ": " + response.body());
        }
    }

    private static boolean isRegistration(Scenario.Step step) {
        return step.method().equals("POST") && (step.path().equals("/api/tenants") || step.path().endsWith("/opd"));
    }

    /** Sends the step's request and returns the answer, whatever it is. */
    public HttpResponse<String> send(Scenario.Step step) {
        String body = step.body() == null ? "" : step.body().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + step.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.apply(step.path(), body))
                .method(step.method(), HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("step '" + step.title() + "' could not reach " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during step '" + step.title() + "'", e);
        }
    }
}
