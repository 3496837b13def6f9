package id.kinerja.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * command-service: takes commands over REST, lets the aggregates decide, and stores the resulting events in
 * PostgreSQL — the platform's source of truth.
 */
@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        // Government performance data never phones home: Axon's update checker reports usage to AxonIQ otherwise.
        System.setProperty("axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
