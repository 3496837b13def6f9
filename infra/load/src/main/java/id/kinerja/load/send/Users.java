package id.kinerja.load.send;

import id.kinerja.embedded.DevIssuer;
import id.kinerja.load.province.Request;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The synthetic province's people and their access tokens from the platform's test-only issuer ({@link DevIssuer}):
 * the platform administrator; for each perangkat daerah its planning staff, who is its Kepala Dinas too (the planning
 * file carries the signatures); an auditor of the province for the reads. A token is
 * signed once and used for half an hour, as a client of Keycloak would.
 */
public final class Users {

    private static final Duration REUSE = Duration.ofMinutes(30);

    private record Issued(String token, Instant at) {
    }

    private final DevIssuer issuer;
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    public Users(DevIssuer issuer) {
        this.issuer = issuer;
    }

    /** The token of whoever sends the request. */
    public String tokenFor(Request request) {
        return switch (request.actor()) {
            case ADMIN -> administrator();
            case OPERATOR -> token(new DevIssuer.Identity("operator." + request.opd() + "." + request.tenant(),
                    List.of("OPERATOR_OPD", "KEPALA_DINAS"), request.tenant(), request.opd(), List.of(request.tenant())));
        };
    }

    /** The platform administrator. */
    public String administrator() {
        return token(new DevIssuer.Identity("admin.platform", List.of("ADMIN_PLATFORM"), null, null, null));
    }

    /** An auditor granted the whole province: reads every daerah of it at any recorded time, and its roll-ups. */
    public String auditor(String provinsi) {
        return token(new DevIssuer.Identity("auditor." + provinsi, List.of("AUDITOR"), null, null, List.of(provinsi)));
    }

    private String token(DevIssuer.Identity identity) {
        Instant now = Instant.now();
        return tokens.compute(identity.username(), (name, issued) -> issued == null
                || issued.at().plus(REUSE).isBefore(now) ? new Issued(issuer.token(identity), now) : issued).token();
    }
}
