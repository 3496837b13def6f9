package id.kinerja.endtoend;

import id.kinerja.localstack.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One running platform per test JVM, on free ports, shared by the end-to-end test classes (starting three
 * services takes a while) and stopped when the JVM exits. Each test class uses its own tenants.
 */
final class RunningPlatform {

    private static Platform platform;

    private RunningPlatform() {
    }

    static synchronized Platform get() throws IOException, InterruptedException {
        if (platform == null) {
            Path root = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
            Path logs = Files.createDirectories(root.resolve("infra/end-to-end/target/platform-logs"));
            platform = Platform.start(root, logs, Platform.Ports.free());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
        }
        return platform;
    }
}
