package id.kinerja.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A DEVELOPMENT-ONLY token issuer for the local stack and the tests, shaped like a Keycloak realm
 * ({@code /realms/kinerja-dev/…}): it publishes its signing key (JWKS) and hands out signed tokens for demo users
 * with the password {@value #DEV_PASSWORD}. Its key is made fresh at every start and never leaves the process.
 * Deployments use a real Keycloak (infra/compose).
 */
public final class DevIssuer implements AutoCloseable {

    public static final String REALM = "kinerja-dev";
    public static final String DEV_PASSWORD = "dev";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevIssuer shared;

    /** Who a token speaks for: the claims the services read. */
    public record Identity(String username, List<String> roles, String tenant, String opd, List<String> tenants) {

        public Identity {
            roles = List.copyOf(roles);
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
        }
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Identity> users = new HashMap<>();

    private DevIssuer(int port) {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make the dev issuer's key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the dev issuer on port " + port, e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/" + REALM;
        String base = "/realms/" + REALM;
        server.createContext(base + "/protocol/openid-connect/certs", exchange ->
                answer(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext(base + "/.well-known/openid-configuration", exchange -> answer(exchange, 200, Map.of(
                "issuer", issuer, "jwks_uri", jwkSetUri(), "token_endpoint", tokenUri(),
                "grant_types_supported", List.of("password"))));
        server.createContext(base + "/protocol/openid-connect/token", this::passwordGrant);
        server.start();
    }

    /** One issuer per JVM on a free port, for tests; stopped when the JVM exits. */
    public static synchronized DevIssuer shared() {
        if (shared == null) {
            shared = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "dev-issuer-stop"));
        }
        return shared;
    }

    public static DevIssuer start(int port) {
        return new DevIssuer(port);
    }

    /** Demo users who may ask {@link #tokenUri()} for a token with the dev password. */
    public DevIssuer withUsers(List<Identity> demoUsers) {
        demoUsers.forEach(user -> users.put(user.username(), user));
        return this;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/protocol/openid-connect/certs";
    }

    public String tokenUri() {
        return issuer + "/protocol/openid-connect/token";
    }

    /** A signed access token for the identity. */
    public String token(Identity identity) {
        return token(identity, Instant.now(), LIFETIME);
    }

    /** A signed token issued at a given time for a given lifetime — e.g. one that has expired, for tests. */
    public String token(Identity identity, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(identity.username())
                .claim("preferred_username", identity.username())
                .claim("roles", identity.roles())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (identity.tenant() != null) {
            claims.claim("tenant", identity.tenant());
        }
        if (identity.opd() != null) {
            claims.claim("opd", identity.opd());
        }
        if (!identity.tenants().isEmpty()) {
            claims.claim("tenants", identity.tenants());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    private void passwordGrant(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            answer(exchange, 405, Map.of("error", "invalid_request"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readNBytes(8192), StandardCharsets.UTF_8));
        Identity user = users.get(form.getOrDefault("username", ""));
        if (!"password".equals(form.get("grant_type")) || user == null
                || !DEV_PASSWORD.equals(form.get("password"))) {
            answer(exchange, 401, Map.of("error", "invalid_grant",
                    "error_description", "unknown demo user or wrong password"));
            return;
        }
        answer(exchange, 200, Map.of("access_token", token(user), "token_type", "Bearer",
                "expires_in", LIFETIME.toSeconds()));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
