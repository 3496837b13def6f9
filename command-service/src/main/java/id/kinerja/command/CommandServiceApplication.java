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
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
