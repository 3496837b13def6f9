package id.kinerja.endtoend;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import id.kinerja.localstack.Platform;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hostile requests across every endpoint the three services publish (their OpenAPI documents): poison numbers,
 * broken text and encodings, wrong types, deep nesting, oversized bodies, hostile path segments and query
 * parameters, tokens of another daerah or role, expired, wrongly signed or made up. Each is built so that it must be
 * refused whatever the rest of it holds. Used by {@link HostileInputEndToEndTest} (jqwik) and the fault suite.
 */
final class HostileRequests {

    private static final String TENANT = "35.29";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How a request is hostile; each kind makes it unacceptable whatever the rest of it holds. */
    enum Kind { FOREIGN_TOKEN, BAD_TOKEN, HOSTILE_BODY, HOSTILE_PATH, HOSTILE_QUERY }

    record Hostile(Endpoints.Operation operation, Kind kind, String url, String contentType, byte[] body,
                   String authorization, String what) {

        @Override
        public String toString() {
            return kind + " " + operation.method() + " " + url.replaceFirst("http://localhost:\\d+", "") + " ("
                    + what + ")";
        }
    }

    private final Platform platform;
    private final List<Endpoints.Operation> operations;
    private final DevTokens tokens;
    private final List<String> badTokens;

    /** Against the platform, whose Sumenep seed must be imported (the valid parts of each request name it). */
    HostileRequests(Platform platform) throws Exception {
        this.platform = platform;
        Map<String, String> services = new LinkedHashMap<>();
        services.put("command-service", platform.commandUrl());
        services.put("query-service", platform.queryUrl());
        services.put("reporting-service", platform.reportingUrl());
        // A replay's status is for any signed-in user; every other endpoint refuses what this class sends.
        operations = Endpoints.of(services).stream().filter(o -> !o.path().equals("/api/replay/status")).toList();
        tokens = new DevTokens(platform.issuer(), "penyerang");
        badTokens = badTokens(platform.issuer());
    }

    List<Endpoints.Operation> operations() {
        return operations;
    }

    Arbitrary<Hostile> arbitrary() {
        return Combinators.combine(Arbitraries.of(operations), Arbitraries.of(Kind.values()),
                Arbitraries.integers().between(0, 1 << 20)).as(this::build);
    }

    private Hostile build(Endpoints.Operation operation, Kind requested, int choice) {
        Kind kind = requested;
        if (kind == Kind.HOSTILE_BODY && !operation.hasBody() || kind == Kind.HOSTILE_QUERY
                && operation.queryParameters().isEmpty() || kind == Kind.HOSTILE_PATH
                && operation.pathParameters().isEmpty()) {
            kind = Kind.BAD_TOKEN;
        }
        if (kind == Kind.FOREIGN_TOKEN && !operation.path().contains("{")) {
            kind = Kind.BAD_TOKEN; // a daerah-less endpoint (register a pemda, import) has no other daerah
        }
        Map<String, String> path = new LinkedHashMap<>();
        operation.pathParameters().forEach(p -> path.put(p, valid(operation.path(), p)));
        Map<String, String> query = new LinkedHashMap<>();
        String contentType = operation.contentType();
        byte[] body = operation.hasBody() ? plausibleBody(operation) : null;
        String what;
        String authorization;
        switch (kind) {
            case HOSTILE_PATH -> {
                String parameter = pick(operation.pathParameters(), choice);
                String value = pick(HOSTILE_SEGMENTS, choice >> 3);
                path.put(parameter, value);
                what = parameter + "=" + abbreviated(value);
            }
            case HOSTILE_QUERY -> {
                String parameter = pick(operation.queryParameters(), choice);
                String value = pick(HOSTILE_QUERY_VALUES, choice >> 3);
                query.put(parameter, value);
                what = parameter + "=" + abbreviated(value);
            }
            case HOSTILE_BODY -> {
                HostileBody hostile = hostileBody(operation, choice);
                body = hostile.bytes();
                contentType = hostile.contentType();
                what = hostile.what();
            }
            default -> what = "";
        }
        String url = operation.baseUrl() + fill(operation.path(), path) + queryString(query);
        String requestPath = URI.create(url).getRawPath();
        switch (kind) {
            case FOREIGN_TOKEN -> {
                List<DevIssuer.Identity> strangers = new ArrayList<>(STRANGERS);
                if (operation.service().equals("command-service") && !operation.method().equals("GET")) {
                    strangers.addAll(READERS);
                }
                DevIssuer.Identity stranger = pick(strangers, choice);
                authorization = "Bearer " + platform.issuer().token(stranger);
                what = stranger.username() + " " + stranger.roles();
            }
            case BAD_TOKEN -> {
                authorization = pick(badTokens, choice);
                what = abbreviated(authorization);
            }
            default -> authorization = "Bearer " + tokens.forRequest(requestPath, null);
        }
        return new Hostile(operation, kind, url, contentType, body, authorization, what);
    }

    // --- what is sent --------------------------------------------------------------------------------------------

    /** People of other daerah: they may neither read nor change Sumenep's data. */
    private static final List<DevIssuer.Identity> STRANGERS = List.of(
            new DevIssuer.Identity("operator.luwutimur", List.of("OPERATOR_OPD", "KEPALA_DINAS"), "73.25",
                    "disdagkopukmperin", null),
            new DevIssuer.Identity("auditor.sulsel", List.of("AUDITOR"), null, null, List.of("73")),
            new DevIssuer.Identity("verifikator.badung", List.of("VERIFIKATOR"), "51.03", null, null),
            new DevIssuer.Identity("peninjau.bali", List.of("PENINJAU_PROVINSI"), "51", null, List.of("51")));
    /** People who may read Sumenep's data but change nothing: strangers to its commands only. */
    private static final List<DevIssuer.Identity> READERS = List.of(
            new DevIssuer.Identity("auditor.jatim", List.of("AUDITOR"), null, null, List.of("35")),
            new DevIssuer.Identity("peninjau.jatim", List.of("PENINJAU_PROVINSI"), "35", null, List.of("35")));

    private static final List<String> HOSTILE_SEGMENTS = List.of("..", "%2F", "%2e%2e", "%00", "x".repeat(3000),
            "%D9%A3%D9%A5", TENANT + "%2F..%2F51", "'%20OR%20'1'='1", "%C0%AF", "%5C..%5C", "-1",
            "99999999999999999999", "1e309", "%F0%9F%92%A3", "NaN");

    private static final List<String> HOSTILE_QUERY_VALUES = List.of("garbage", "1e309", "%00",
            "9999999999999999999999", "2023-02-30T00:00:00Z", "'%3B%20DROP%20TABLE%20realisasi%3B--",
            "y".repeat(9000), "%E2%80%AE", "NaN", "-0x1p3");

    /** Values no field accepts: poison numbers, broken text, wrong shapes. */
    private static final List<String> HOSTILE_VALUES = List.of("1e309", "-1E+400000000",
            "1234567890123456789012345678901234567890", "7.1234567", "-1e20", "NaN", "\"NaN\"", "\"1e309\"",
            "\"Dinas\\u0000Koperasi\"", "\"\\ud800\"", "\"\\u001b[31m\"", "[[[[[[[[1]]]]]]]]", "{\"$ref\": \"x\"}",
            "true", "\"" + "z".repeat(20_000) + "\\u0000\"", "\"\\uFFFF\"");

    private record HostileBody(byte[] bytes, String contentType, String what) {
    }

    private static HostileBody hostileBody(Endpoints.Operation operation, int choice) {
        String json = operation.contentType();
        return switch (choice % 9) {
            case 0 -> new HostileBody(utf8("[]"), json, "an array for an object");
            case 1 -> new HostileBody(utf8("[".repeat(5000) + "]".repeat(5000)), json, "nested 5000 deep");
            case 2 -> new HostileBody(new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                    '"', '}'}, json, "invalid UTF-8");
            case 3 -> new HostileBody(utf8("{\"x\": \"" + "a".repeat(1_200_000) + "\"}"), json, "1,2 MB");
            case 4 -> new HostileBody(utf8("format: kinerja-import/1\npemda: {code: \"35.29\\0\"}\n"
                    + "a: &a [x, x]\nb: [*a, *a, *a]\n"), "application/yaml", "YAML with NUL and aliases");
            case 5 -> new HostileBody(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3}, "application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet", "a spreadsheet that is not one");
            default -> {
                List<String> properties = operation.bodyProperties().isEmpty() ? List.of("value")
                        : operation.bodyProperties();
                String poisoned = pick(properties, choice >> 4);
                String fields = properties.stream().map(p -> "\"" + p + "\": " + (p.equals(poisoned)
                        ? "\"\\u0000\"" : pick(HOSTILE_VALUES, (choice >> 6) + p.length()))).collect(Collectors.joining(", "));
                yield new HostileBody(utf8("{" + fields + "}"), json, poisoned + " poisoned, all fields hostile");
            }
        };
    }

    /** A body of the right shape with ordinary values: what stays hostile is the kind's one element. */
    private static byte[] plausibleBody(Endpoints.Operation operation) {
        if (!operation.contentType().contains("json")) {
            return utf8("format: kinerja-import/1\n");
        }
        return utf8("{" + operation.bodyProperties().stream().map(p -> "\"" + p + "\": \"x\"")
                .collect(Collectors.joining(", ")) + "}");
    }

    /** A value each path parameter has for Sumenep's signed PK, so only the hostile element is wrong. */
    private static String valid(String path, String parameter) {
        return switch (parameter) {
            case "tenant" -> TENANT;
            case "provinsi" -> "35";
            case "opd" -> "diskopukmperindag";
            case "year" -> "2023";
            case "period" -> path.contains("/renstra/{period}") ? "2021-2026" : "TW1";
            case "indicator" -> "IKU-1.1";
            case "subKegiatan" -> "P02.K1.S1";
            case "month" -> "JAN";
            case "revision" -> "1";
            case "jenis" -> "lkjip";
            default -> "x";
        };
    }

    private static List<String> badTokens(DevIssuer issuer) throws Exception {
        DevIssuer.Identity operator = new DevIssuer.Identity("operator.sumenep", List.of("OPERATOR_OPD"), TENANT,
                "diskopukmperindag", null);
        String valid = issuer.token(operator);
        String expired = issuer.token(operator, Instant.now().minus(Duration.ofDays(2)), Duration.ofHours(1));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer.issuer()).subject("operator.sumenep")
                        .claim("roles", List.of("ADMIN_PLATFORM")).claim("tenant", TENANT)
                        .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
        forged.sign(new RSASSASigner(stranger));
        String[] parts = valid.split("\\.");
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        List<String> tokens = new ArrayList<>(List.of("Bearer " + expired, "Bearer " + forged.serialize(),
                "Bearer " + unsigned, "Bearer " + tampered, "Bearer garbage", "Bearer " + "a".repeat(6000),
                "Basic b3BlcmF0b3I6ZGV2", ""));
        return tokens;
    }

    static HttpResponse<String> send(Hostile request) throws Exception {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofSeconds(60));
        if (!request.authorization().isEmpty()) {
            http.header("Authorization", request.authorization());
        }
        if (request.body() != null) {
            http.header("Content-Type", request.contentType());
        }
        http.method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the platform holds: events stored, events applied to read models, replays started. */
    Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("events", count("kinerja_events", "SELECT count(*) FROM domain_event_entry"));
        counts.put("applied", count("kinerja_query", "SELECT count(*) FROM processed_event"));
        counts.put("replays", count("kinerja_query", "SELECT count(*) FROM replay_run"));
        return counts;
    }

    private long count(String database, String sql) {
        try (var connection = java.sql.DriverManager.getConnection(platform.postgres().jdbcUrl(database),
                platform.postgres().username(), platform.postgres().password());
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String queryString(Map<String, String> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static <T> T pick(List<T> values, int choice) {
        return values.get(Math.floorMod(choice, values.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviated(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
