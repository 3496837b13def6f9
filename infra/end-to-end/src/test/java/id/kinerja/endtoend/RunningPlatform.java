package id.kinerja.endtoend;

import id.kinerja.embedded.DevTokens;
import id.kinerja.localstack.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One running platform per test JVM, on free ports, shared by the end-to-end test classes (starting three
 * services takes a while) and stopped when the JVM exits. Each test class uses its own tenants. The services send
 * their traces to an in-memory collector ({@link #traces()}).
 */
final class RunningPlatform {

    private static Platform platform;
    private static DevTokens tokens;
    private static OtlpCollector traces;

    private RunningPlatform() {
    }

    static synchronized Platform get() throws IOException, InterruptedException {
        if (platform == null) {
            Path root = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
            Path logs = Files.createDirectories(root.resolve("infra/end-to-end/target/platform-logs"));
            if (traces == null) {
                traces = new OtlpCollector();
            }
            platform = Platform.start(root, logs, Platform.Ports.free(), List.of(
                    "--management.otlp.tracing.endpoint=" + traces.endpoint(),
                    // export each span within half a second instead of five
                    "--management.tracing.opentelemetry.export.schedule-delay=500ms"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                platform.close();
                traces.close();
            }, "platform-stop"));
        }
        return platform;
    }

    /** The spans the platform's services sent, as a trace collector receives them. */
    static synchronized OtlpCollector traces() throws IOException, InterruptedException {
        get();
        return traces;
    }

    /** Tokens of a tester entitled to whatever each request is about; access itself is tested per service. */
    static synchronized DevTokens tokens() throws IOException, InterruptedException {
        if (tokens == null) {
            tokens = new DevTokens(get().issuer(), "penguji-e2e");
        }
        return tokens;
    }

    /** The bearer token for a request to this URL. */
    static String tokenFor(String url) {
        try {
            return tokens().forRequest(URI.create(url).getPath(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
