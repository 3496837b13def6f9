package id.kinerja.query.consumer;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The {@code kafkaConsumer} component of {@code /actuator/health}: DOWN while the live consumer is not running (it is
 * being restarted), UP otherwise, with the partitions it reads, its last applied batch, failures in a row and the
 * last error while a batch is being retried, and how often it was restarted.
 */
@Component("kafkaConsumer")
class ConsumerHealth implements HealthIndicator {

    private final KafkaSettings settings;
    private final KafkaMessageListenerContainer<String, String> container;
    private final ConsumerState state;

    ConsumerHealth(KafkaSettings settings, KafkaMessageListenerContainer<String, String> liveEventContainer,
                   ConsumerState state) {
        this.settings = settings;
        this.container = liveEventContainer;
        this.state = state;
    }

    @Override
    public Health health() {
        if (!settings.enabled()) {
            return Health.up().withDetail("consuming", false).build();
        }
        Health.Builder health = container.isRunning() ? Health.up() : Health.down();
        health.withDetail("consuming", container.isRunning())
                .withDetail("partitions", state.partitions())
                .withDetail("failuresInARow", state.failuresInARow())
                .withDetail("restarts", state.restarts());
        if (state.lastBatch() != null) {
            health.withDetail("lastBatch", state.lastBatch().toString());
        }
        if (state.lastError() != null) {
            health.withDetail("lastError", state.lastError());
        }
        return health.build();
    }
}
