package id.kinerja.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Read models fed from Kafka: targets, realisasi and capaian for any tenant, as of any time; notifications of the
 * reporting cycle published on (deadline reminders and the outbox relay run on a schedule). Kafka is configured by
 * {@code kinerja.kafka.*} (id.kinerja.query.consumer), not by Spring Boot's {@code spring.kafka.*}.
 */
@SpringBootApplication(exclude = KafkaAutoConfiguration.class)
@EnableScheduling
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
