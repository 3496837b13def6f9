package id.kinerja.portal.layanan;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read-your-writes over an asynchronous read side: after a command, query-service shows its effect once it has read
 * the event from Kafka (usually within milliseconds). A page that must show the stored value asks again, briefly,
 * until it does — and otherwise shows what it has, saying the view will follow.
 */
public final class BacaTulisan {

    private static final Duration BATAS = Duration.ofSeconds(5);
    private static final Duration JEDA = Duration.ofMillis(60);

    private BacaTulisan() {
    }

    /** The first answer that shows the write, or the last one read when the time is up (then {@code sudah} is false). */
    public static <T> Hasil<T> tunggu(Supplier<T> read, Predicate<T> shows) {
        Instant deadline = Instant.now().plus(BATAS);
        T answer = read.get();
        while (!shows.test(answer) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(JEDA.toNanos());
            answer = read.get();
        }
        return new Hasil<>(answer, shows.test(answer));
    }

    public record Hasil<T>(T nilai, boolean sudah) {
    }
}
