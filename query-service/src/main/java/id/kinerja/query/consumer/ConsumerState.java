package id.kinerja.query.consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** What the live consumer last did, for health: partitions it reads, failures in a row and the last error, restarts. */
@Component
public class ConsumerState {

    private final AtomicReference<List<String>> partitions = new AtomicReference<>(List.of());
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicInteger restarts = new AtomicInteger();

    void assigned(Collection<TopicPartition> assigned) {
        partitions.set(assigned.stream().map(TopicPartition::toString).sorted().toList());
    }

    void applied() {
        failuresInARow.set(0);
        lastError.set(null);
    }

    void failed(Throwable failure) {
        failuresInARow.incrementAndGet();
        lastError.set(Failures.describe(failure));
    }

    void restarted() {
        restarts.incrementAndGet();
    }

    public List<String> partitions() {
        return partitions.get();
    }

    public String lastError() {
        return lastError.get();
    }

    public int failuresInARow() {
        return failuresInARow.get();
    }

    public int restarts() {
        return restarts.get();
    }
}
