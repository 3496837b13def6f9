package id.kinerja.query.support;

import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.EmbeddedPostgresServer;
import id.kinerja.query.QueryServiceApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A query-service of its own on a given database and consumer group, to stop and start again as a test needs. */
public final class QueryServiceInstance {

    private QueryServiceInstance() {
    }

    public static ConfigurableApplicationContext start(String url, String group, EmbeddedPostgresServer postgres) {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + postgres.username(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--kinerja.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                        "--kinerja.kafka.group-id=" + group, "--spring.jmx.enabled=false",
                        "--kinerja.security.issuer=" + DevIssuer.shared().issuer(),
                        "--kinerja.security.jwk-set-uri=" + DevIssuer.shared().jwkSetUri());
    }
}
