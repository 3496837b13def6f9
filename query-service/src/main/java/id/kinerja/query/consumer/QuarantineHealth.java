package id.kinerja.query.consumer;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code projection} component of {@code /actuator/health}: how many events are set aside in
 * {@code projection_quarantine}. The service stays UP — every other event is applied — but an operator sees at once
 * that read models miss something; the table says whose and why.
 */
@Component("projection")
class QuarantineHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;

    QuarantineHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Long quarantined = jdbc.queryForObject("SELECT count(*) FROM projection_quarantine", Long.class);
        return Health.up().withDetail("quarantined", quarantined).build();
    }
}
