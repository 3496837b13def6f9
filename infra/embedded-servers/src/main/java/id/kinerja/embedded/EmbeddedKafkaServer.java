package id.kinerja.embedded;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker (KRaft mode, no ZooKeeper) running inside this JVM from Maven artifacts, so tests and the
 * local stack need no installed Kafka. Tests share one broker per JVM.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static EmbeddedKafkaServer shared;

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts a single broker on the given port (0 for any free port); topics are created by their owners. */
    public static EmbeddedKafkaServer start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        if (port > 0) {
            // The KRaft broker ignores kafkaPorts(); its test kit keeps a listeners setting given here instead.
            broker.brokerProperty("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0");
        }
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        return new EmbeddedKafkaServer(broker);
    }

    /** The one broker of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedKafkaServer shared() {
        if (shared == null) {
            shared = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-kafka-stop"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
