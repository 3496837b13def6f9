package id.kinerja.command.publishing;

import id.kinerja.command.CommandServiceApplication;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import id.kinerja.embedded.EmbeddedPostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * command-service started in this JVM on a given event-store database, so a test can stop it and start it again
 * on the same database, as a restart in production would. Kafka settings are passed as properties; without
 * bootstrap servers the publisher is off.
 */
public final class CommandServiceInstance implements AutoCloseable {

    public static final String ACTOR = "operator.publisher-test";

    private final ConfigurableApplicationContext context;

    private CommandServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static CommandServiceInstance start(String databaseUrl, Map<String, String> kafka) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--kinerja.security.issuer=" + DevIssuer.shared().issuer(),
                "--kinerja.security.jwk-set-uri=" + DevIssuer.shared().jwkSetUri()));
        kafka.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new CommandServiceInstance(new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    public ScenarioRunner scenarioRunner() {
        return new ScenarioRunner(url(), new DevTokens(DevIssuer.shared(), ACTOR)::forRequest);
    }

    public String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
