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
import java.net.URLEncoder;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DEVELOPMENT-ONLY token issuer for the local stack and the tests, shaped like a Keycloak realm
 * ({@code /realms/kinerja-dev/…}): it publishes its signing key (JWKS) and hands out signed tokens for demo users
 * with the password {@value #DEV_PASSWORD} — by the password grant (the README's curl tour, the command line) and by
 * the OpenID Connect authorization code flow with PKCE (S256, required) for registered clients such as the portal,
 * with a sign-in page. It keeps no sign-in session of its own: every authorization asks for the password, so signing
 * out of a client is complete. Its key is made fresh at every start and never leaves the process. Deployments use a
 * real Keycloak (infra/compose).
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

    /**
     * A client allowed to use the authorization code flow: its secret and where it may be sent back to after
     * sign-in ({@code redirectUri}) and after sign-out ({@code postLogoutRedirectUri}).
     */
    public record Client(String id, String secret, String redirectUri, String postLogoutRedirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Identity> users = new ConcurrentHashMap<>();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final AuthorizationCodes codes = new AuthorizationCodes();

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
        server.createContext(base + "/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                discovery()));
        server.createContext(base + "/protocol/openid-connect/token", this::tokenEndpoint);
        server.createContext(base + "/protocol/openid-connect/auth", this::authorizationEndpoint);
        server.createContext(base + "/protocol/openid-connect/logout", this::logoutEndpoint);
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

    /** A client of the authorization code flow (the portal). */
    public DevIssuer withClient(Client client) {
        clients.put(client.id(), client);
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

    public String authorizationUri() {
        return issuer + "/protocol/openid-connect/auth";
    }

    public String logoutUri() {
        return issuer + "/protocol/openid-connect/logout";
    }

    private Map<String, Object> discovery() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", authorizationUri());
        metadata.put("token_endpoint", tokenUri());
        metadata.put("jwks_uri", jwkSetUri());
        metadata.put("end_session_endpoint", logoutUri());
        metadata.put("grant_types_supported", List.of("password", "authorization_code"));
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("scopes_supported", List.of("openid", "profile"));
        return metadata;
    }

    /** A signed access token for the identity. */
    public String token(Identity identity) {
        return sign(claims(identity).build());
    }

    /** The ID token of a sign-in: for the client, with the nonce of its request and the same identity claims. */
    private String idToken(Identity identity, String clientId, String nonce) {
        JWTClaimsSet.Builder claims = claims(identity).audience(clientId)
                .claim("auth_time", Instant.now().getEpochSecond());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(claims.build());
    }

    private JWTClaimsSet.Builder claims(Identity identity) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(identity.username())
                .claim("preferred_username", identity.username())
                .claim("roles", identity.roles())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
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
        return claims;
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    private void tokenEndpoint(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            answer(exchange, 405, Map.of("error", "invalid_request"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readNBytes(8192), StandardCharsets.UTF_8));
        String grant = form.getOrDefault("grant_type", "");
        if (grant.equals("authorization_code")) {
            codeGrant(exchange, form);
            return;
        }
        Identity user = users.get(form.getOrDefault("username", ""));
        if (!"password".equals(grant) || user == null || !DEV_PASSWORD.equals(form.get("password"))) {
            answer(exchange, 401, Map.of("error", "invalid_grant",
                    "error_description", "unknown demo user or wrong password"));
            return;
        }
        answer(exchange, 200, Map.of("access_token", token(user), "token_type", "Bearer",
                "expires_in", LIFETIME.toSeconds()));
    }

    /** Exchanges a code for tokens: the client authenticated, the code its own and unused, the PKCE verifier right. */
    private void codeGrant(HttpExchange exchange, Map<String, String> form) throws IOException {
        Client client = authenticatedClient(exchange, form);
        if (client == null) {
            answer(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        AuthorizationCodes.Grant grant = codes.redeem(form.getOrDefault("code", ""));
        if (grant == null || !grant.clientId().equals(client.id())
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !AuthorizationCodes.verifierMatches(form.get("code_verifier"), grant.codeChallenge())) {
            answer(exchange, 400, Map.of("error", "invalid_grant",
                    "error_description", "code unknown, used, expired or not matching its PKCE challenge"));
            return;
        }
        Identity user = users.get(grant.username());
        answer(exchange, 200, Map.of("access_token", token(user), "token_type", "Bearer",
                "expires_in", LIFETIME.toSeconds(), "id_token", idToken(user, client.id(), grant.nonce()),
                "scope", grant.scope()));
    }

    private Client authenticatedClient(HttpExchange exchange, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            id = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        Client client = id == null ? null : clients.get(id);
        return client != null && client.secret().equals(secret) ? client : null;
    }

    /**
     * GET shows the sign-in page for a valid authorization request; POST checks the password and sends the browser
     * back to the client with a one-time code. A request without a registered client and redirect is refused here,
     * never redirected; one without an S256 code challenge is sent back with an error.
     */
    private void authorizationEndpoint(HttpExchange exchange) throws IOException {
        boolean post = exchange.getRequestMethod().equals("POST");
        Map<String, String> params = post
                ? form(new String(exchange.getRequestBody().readNBytes(8192), StandardCharsets.UTF_8))
                : form(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
        Client client = clients.get(params.getOrDefault("client_id", ""));
        String redirect = params.get("redirect_uri");
        if (client == null || !client.redirectUri().equals(redirect)) {
            page(exchange, 400, "<p>Permintaan masuk tidak sah: klien atau alamat kembali tidak terdaftar.</p>");
            return;
        }
        String state = params.get("state");
        if (!"code".equals(params.get("response_type")) || !"S256".equals(params.get("code_challenge_method"))
                || params.getOrDefault("code_challenge", "").isBlank()) {
            redirect(exchange, withQuery(redirect, "error", "invalid_request", "state", state));
            return;
        }
        Map<String, String> request = new LinkedHashMap<>();
        for (String name : List.of("response_type", "client_id", "redirect_uri", "scope", "state", "nonce",
                "code_challenge", "code_challenge_method")) {
            if (params.get(name) != null) {
                request.put(name, params.get(name));
            }
        }
        List<Identity> demo = users.values().stream().sorted(java.util.Comparator.comparing(Identity::username))
                .toList();
        if (!post) {
            page(exchange, 200, DevLoginPage.html(authorizationUri(), request, null, demo, null));
            return;
        }
        String username = params.getOrDefault("username", "").trim();
        Identity user = users.get(username);
        if (user == null || !DEV_PASSWORD.equals(params.get("password"))) {
            page(exchange, 401, DevLoginPage.html(authorizationUri(), request,
                    "Nama pengguna atau kata sandi salah.", demo, username));
            return;
        }
        String code = codes.issue(new AuthorizationCodes.Grant(client.id(), redirect, user.username(),
                params.get("nonce"), params.get("code_challenge"), params.getOrDefault("scope", "openid")));
        redirect(exchange, withQuery(redirect, "code", code, "state", state));
    }

    /** RP-initiated sign-out: nothing to end here, so the browser goes back where the client asked, if registered. */
    private void logoutEndpoint(HttpExchange exchange) throws IOException {
        Map<String, String> params = form(exchange.getRequestURI().getRawQuery() == null ? ""
                : exchange.getRequestURI().getRawQuery());
        String back = params.get("post_logout_redirect_uri");
        if (back != null && clients.values().stream().anyMatch(c -> back.equals(c.postLogoutRedirectUri()))) {
            redirect(exchange, back);
            return;
        }
        page(exchange, 200, "<p>Anda sudah keluar.</p>");
    }

    private static String withQuery(String uri, String... pairs) {
        StringBuilder out = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(separator).append(pairs[i]).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return out.toString();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void page(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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
