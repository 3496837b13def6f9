package id.kinerja.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev issuer's authorization code flow with PKCE, as a portal and a browser go through it. */
class DevIssuerCodeFlowTest {

    private static final String REDIRECT = "http://localhost:1/login/oauth2/code/kinerja";
    private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk-panjang-sekali";
    private static final DevIssuer ISSUER = DevIssuer.start(0)
            .withUsers(List.of(new DevIssuer.Identity("operator.badung", List.of("OPERATOR_OPD"), "51.03",
                    "diskopukmp", null)))
            .withClient(new DevIssuer.Client("kinerja-portal", "rahasia", REDIRECT, "http://localhost:1/"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void a_signed_in_user_gets_access_and_id_tokens_once_for_the_right_verifier() throws Exception {
        HttpResponse<String> page = get(authorize("abc"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"username\">Nama pengguna</label>", "operator.badung");

        HttpResponse<String> wrong = signIn("abc", "salah");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Nama pengguna atau kata sandi salah.");

        String code = codeFrom(signIn("abc", DevIssuer.DEV_PASSWORD));
        assertThat(exchange(code, "bukan-verifier-yang-benar-tetapi-cukup-panjang-untuk-aturan").statusCode())
                .isEqualTo(400);

        String secondCode = codeFrom(signIn("abc", DevIssuer.DEV_PASSWORD));
        HttpResponse<String> tokens = exchange(secondCode, VERIFIER);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(tokens.body());
        var idToken = SignedJWT.parse(body.path("id_token").asText()).getJWTClaimsSet();
        assertThat(idToken.getAudience()).containsExactly("kinerja-portal");
        assertThat(idToken.getStringClaim("nonce")).isEqualTo("n-1");
        assertThat(idToken.getStringClaim("tenant")).isEqualTo("51.03");
        assertThat(SignedJWT.parse(body.path("access_token").asText()).getJWTClaimsSet()
                .getStringListClaim("roles")).containsExactly("OPERATOR_OPD");
        assertThat(exchange(secondCode, VERIFIER).statusCode()).as("a code is used once").isEqualTo(400);
    }

    @Test
    void a_request_without_pkce_or_with_a_foreign_redirect_gets_no_code() throws Exception {
        HttpResponse<String> noPkce = get(ISSUER.authorizationUri() + "?response_type=code&client_id=kinerja-portal"
                + "&redirect_uri=" + enc(REDIRECT) + "&state=s");
        assertThat(noPkce.statusCode()).isEqualTo(302);
        assertThat(noPkce.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
        HttpResponse<String> foreign = get(authorize("abc").replace(enc(REDIRECT), enc("http://evil.example/")));
        assertThat(foreign.statusCode()).isEqualTo(400);
    }

    @Test
    void the_password_grant_of_the_curl_tour_still_works() throws Exception {
        HttpResponse<String> answer = post(ISSUER.tokenUri(), Map.of("grant_type", "password",
                "username", "operator.badung", "password", DevIssuer.DEV_PASSWORD), null);
        assertThat(JSON.readTree(answer.body()).path("access_token").asText()).isNotBlank();
    }

    private static String authorize(String state) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        return ISSUER.authorizationUri() + "?response_type=code&client_id=kinerja-portal&scope=openid&state=" + state
                + "&nonce=n-1&redirect_uri=" + enc(REDIRECT) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256";
    }

    private static HttpResponse<String> signIn(String state, String password) throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        URI uri = URI.create(authorize(state));
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        form.put("username", "operator.badung");
        form.put("password", password);
        return post(ISSUER.authorizationUri(), form, null);
    }

    private static String codeFrom(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=").endsWith("&state=abc");
        return location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
    }

    private static HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return post(ISSUER.tokenUri(), Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", verifier), "Basic " + Base64.getEncoder()
                .encodeToString("kinerja-portal:rahasia".getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String uri, Map<String, String> form, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
