package id.kinerja.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;

/**
 * Read models fed from Kafka: targets, realisasi and capaian for any tenant, as of any time. Kafka is configured by
 * {@code kinerja.kafka.*} (id.kinerja.query.consumer), not by Spring Boot's {@code spring.kafka.*}.
 */
@SpringBootApplication(exclude = KafkaAutoConfiguration.class)
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
