package id.kinerja.load.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.load.province.Request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the load's requests to command-service over HTTP, as its users' clients would: JSON commands and YAML import
 * files, each with the sender's bearer token. With several command-service instances it either sends every request of
 * a perangkat daerah to the same instance ({@link Routing#BY_AGGREGATE}, what an ingress hashing the path would do) or
 * spreads them in turn ({@link Routing#ROUND_ROBIN}, so instances contend for the same aggregates).
 */
public final class CommandApi {

    /** How requests are spread over command-service instances. */
    public enum Routing { BY_AGGREGATE, ROUND_ROBIN }

    /** The answer: status, body and response time. */
    public record Outcome(int status, String body, long micros) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> instances;
    private final Users users;
    private final Routing routing;
    private static final int BUSY_RETRIES = 5;

    private final AtomicLong turn = new AtomicLong();
    private final AtomicLong busyRetries = new AtomicLong();

    public CommandApi(List<String> instances, Users users, Routing routing) {
        this.instances = List.copyOf(instances);
        this.users = users;
        this.routing = routing;
    }

    /**
     * Sends the request; a 503 (the service had no database connection free, nothing was stored) is sent again after
     * the pause it asks for, as a client library would, up to {@value #BUSY_RETRIES} times. The time reported is the
     * whole wait.
     */
    public Outcome send(Request request) {
        long start = System.nanoTime();
        Outcome outcome = sendOnce(request);
        for (int retry = 0; outcome.status() == 503 && retry < BUSY_RETRIES; retry++) {
            busyRetries.incrementAndGet();
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofSeconds(1).toNanos());
            outcome = sendOnce(request);
        }
        return new Outcome(outcome.status(), outcome.body(), (System.nanoTime() - start) / 1000);
    }

    /** How many times a request was sent again after a 503. */
    public long busyRetries() {
        return busyRetries.get();
    }

    private Outcome sendOnce(Request request) {
        String body;
        String contentType;
        if (request.isImport()) {
            body = (String) request.body();
            contentType = "application/yaml";
        } else {
            body = json(request.body());
            contentType = "application/json";
        }
        HttpRequest http = HttpRequest.newBuilder(URI.create(instanceFor(request) + request.path()))
                .timeout(Duration.ofMinutes(request.isImport() ? 5 : 1))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + users.tokenFor(request))
                .method(request.method(), HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body(), (System.nanoTime() - start) / 1000);
        } catch (IOException e) {
            return new Outcome(0, "no answer: " + e, (System.nanoTime() - start) / 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String instanceFor(Request request) {
        if (instances.size() == 1) {
            return instances.get(0);
        }
        long index = routing == Routing.ROUND_ROBIN ? turn.getAndIncrement()
                : (request.tenant() + "/" + request.opd()).hashCode();
        return instances.get((int) Math.floorMod(index, instances.size()));
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
