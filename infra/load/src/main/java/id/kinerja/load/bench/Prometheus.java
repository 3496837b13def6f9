package id.kinerja.load.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A service's metrics as its Prometheus endpoint prints them, for the benchmark's readers of its own meters. */
final class Prometheus {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Prometheus() {
    }

    /** The text of {@code serviceUrl}/actuator/prometheus. */
    static String scrape(String serviceUrl) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
