package id.kinerja.endtoend;

import id.kinerja.embedded.DevTokens;
import id.kinerja.localstack.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One running platform per test JVM, on free ports, shared by the end-to-end test classes (starting three
 * services takes a while) and stopped when the JVM exits. Each test class uses its own tenants.
 */
final class RunningPlatform {

    private static Platform platform;
    private static DevTokens tokens;

    private RunningPlatform() {
    }

    static synchronized Platform get() throws IOException, InterruptedException {
        if (platform == null) {
            Path root = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
            Path logs = Files.createDirectories(root.resolve("infra/end-to-end/target/platform-logs"));
            platform = Platform.start(root, logs, Platform.Ports.free(), Platform.Storage.temporary());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
        }
        return platform;
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
