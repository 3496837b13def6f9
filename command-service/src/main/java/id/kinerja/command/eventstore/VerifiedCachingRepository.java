package id.kinerja.command.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Objects;

/**
 * An event-sourced repository that keeps recently used aggregates in memory, so a command does not replay the
 * aggregate's history (or its last snapshot and the events since) from the event store each time — and that uses a
 * cached aggregate only while it is still the latest: before each use it asks the event store for the aggregate's
 * last sequence number (one index lookup), and reloads when another command-service instance has appended since.
 * Every instance may therefore take any command (no routing by aggregate is needed for correctness); an append that
 * races with another instance's fails on the store's unique (aggregate, sequence) key and is retried from fresh state
 * (see {@code CommandPathConfiguration}).
 */
final class VerifiedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final JdbcTemplate jdbc;

    VerifiedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache, JdbcTemplate jdbc) {
        super(builder.cache(cache));
        this.cache = cache;
        this.jdbc = jdbc;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (cache.containsKey(aggregateIdentifier)) {
            EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            if (Objects.equals(cached.version(), storedVersion(aggregateIdentifier))) {
                return cached;
            }
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    private Long storedVersion(String aggregateIdentifier) {
        return jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateIdentifier);
    }
}
