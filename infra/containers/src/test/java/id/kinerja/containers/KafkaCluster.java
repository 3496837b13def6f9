package id.kinerja.containers;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three Kafka brokers in KRaft mode, each also a controller (a quorum of three survives the loss of one), with the
 * production topic settings of infra/kafka/README.md: replication 3, min.insync.replicas 2. The services reach them
 * as kafka-1..3:9092 on the network; the test itself on localhost through each broker's EXTERNAL listener.
 */
final class KafkaCluster {

    static final int SIZE = 3;
    private final List<GenericContainer<?>> brokers = new ArrayList<>();
    private final List<Integer> externalPorts = new ArrayList<>();

    KafkaCluster(Network network) {
        String voters = IntStream.rangeClosed(1, SIZE).mapToObj(n -> n + "@kafka-" + n + ":9093")
                .collect(Collectors.joining(","));
        for (int n = 1; n <= SIZE; n++) {
            int external = freePort();
            externalPorts.add(external);
            GenericContainer<?> broker = new GenericContainer<>(Images.KAFKA)
                    .withNetwork(network).withNetworkAliases("kafka-" + n)
                    .withEnv("KAFKA_NODE_ID", String.valueOf(n))
                    .withEnv("KAFKA_CONTROLLER_QUORUM_VOTERS", voters)
                    .withEnv("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093,EXTERNAL://:9094")
                    .withEnv("KAFKA_ADVERTISED_LISTENERS",
                            "PLAINTEXT://kafka-" + n + ":9092,EXTERNAL://localhost:" + external)
                    .withEnv("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                            "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,EXTERNAL:PLAINTEXT")
                    .withEnv("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                    .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .withEnv("KAFKA_HEAP_OPTS", "-Xmx256m -Xms128m")
                    // The log cleaner allocates its dedupe buffer (128 MiB by default) at start: in a 256 MiB heap
                    // that failed now and then with OutOfMemoryError, the broker exiting at start or at restart.
                    .withEnv("KAFKA_LOG_CLEANER_DEDUPE_BUFFER_SIZE", String.valueOf(16 * 1024 * 1024))
                    .withCreateContainerCmdModifier(cmd -> cmd.withExposedPorts(ExposedPort.tcp(9094))
                            .getHostConfig().withPortBindings(new PortBinding(
                                    Ports.Binding.bindIpAndPort("127.0.0.1", external), ExposedPort.tcp(9094))))
                    .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1)
                            .withStartupTimeout(Duration.ofMinutes(4)));
            brokers.add(broker);
        }
    }

    List<GenericContainer<?>> brokers() {
        return brokers;
    }

    /** For the services on the container network. */
    String internalBootstrapServers() {
        return IntStream.rangeClosed(1, SIZE).mapToObj(n -> "kafka-" + n + ":9092").collect(Collectors.joining(","));
    }

    /** For this test JVM. */
    String externalBootstrapServers() {
        return externalPorts.stream().map(port -> "localhost:" + port).collect(Collectors.joining(","));
    }

    /** kill -9 of broker n (1-based): no shutdown, no handing over of leadership. */
    void kill(int n) {
        DockerClientFactory.instance().client().killContainerCmd(brokers.get(n - 1).getContainerId()).exec();
    }

    /** Starts a killed broker again on its own data. */
    void restart(int n) {
        DockerClientFactory.instance().client().startContainerCmd(brokers.get(n - 1).getContainerId()).exec();
    }

    /** The last lines a broker wrote, to say why it did not come back. */
    String logTail(int n, int lines) {
        String[] all = brokers.get(n - 1).getLogs().split("\n");
        return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    boolean running(int n) {
        return Boolean.TRUE.equals(DockerClientFactory.instance().client()
                .inspectContainerCmd(brokers.get(n - 1).getContainerId()).exec().getState().getRunning());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
