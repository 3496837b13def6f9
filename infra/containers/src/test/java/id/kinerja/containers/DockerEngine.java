package id.kinerja.containers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Speaks the engine's own API version: Testcontainers' client otherwise asks for a newer one than Debian's engine
 * (20.10, API 1.41) serves. An {@code api.version} given on the command line wins.
 */
final class DockerEngine {

    private DockerEngine() {
    }

    static void useItsApiVersion() {
        if (System.getProperty("api.version") != null || System.getenv("DOCKER_API_VERSION") != null) {
            return;
        }
        try {
            Process docker = new ProcessBuilder("docker", "version", "--format", "{{.Server.APIVersion}}")
                    .redirectErrorStream(true).start();
            String version = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (docker.waitFor() == 0 && version.matches("\\d+\\.\\d+")) {
                System.setProperty("api.version", version);
            }
        } catch (IOException e) {
            // no docker command: Testcontainers will say what it finds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
