package id.kinerja.portal;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-in services for the portal's controller tests: a real HTTP server on a free port answering each request
 * (method and path) with a recorded answer of the services, and keeping what it was sent.
 */
final class LayananPalsu implements AutoCloseable {

    record Jawaban(int status, String contentType, String body) {
    }

    record Permintaan(String method, String path, String query, String authorization, String body) {
    }

    private final HttpServer server;
    private final Map<String, Jawaban> answers = new ConcurrentHashMap<>();
    private final List<Permintaan> requests = new CopyOnWriteArrayList<>();

    LayananPalsu() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Permintaan(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Jawaban answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    new Jawaban(404, "application/problem+json",
                            "{\"status\":404,\"rule\":\"not-found\",\"detail\":\"tidak ada: " + path + "\"}"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    LayananPalsu jawab(String method, String path, String json) {
        return jawab(method, path, 200, json);
    }

    LayananPalsu jawab(String method, String path, int status, String json) {
        answers.put(method + " " + path, new Jawaban(status, status >= 400 ? "application/problem+json"
                : "application/json", json));
        return this;
    }

    /** A file answered with its own type (a bukti dukung, a document). */
    LayananPalsu jawabBerkas(String method, String path, String contentType, String body) {
        answers.put(method + " " + path, new Jawaban(200, contentType, body));
        return this;
    }

    List<Permintaan> permintaan() {
        return requests;
    }

    void lupakan() {
        answers.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
