package id.kinerja.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The child processes of a local stack whose launcher was killed outlive it and hold its ports. Their ids are kept in
 * the data directory; the next start stops those still running (SIGTERM, then SIGKILL) before it starts its own.
 */
final class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() {
    }

    static void stop(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(line)).filter(ProcessHandle::isAlive)
                            .filter(p -> p.info().commandLine().map(c -> c.contains("java")).orElse(false))
                            .ifPresent(Leftovers::stop);
                }
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void record(Path file, List<Long> pids) {
        try {
            Files.write(file, pids.stream().map(String::valueOf).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(ProcessHandle process) {
        log.info("stopping process {} left by an earlier local stack", process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
