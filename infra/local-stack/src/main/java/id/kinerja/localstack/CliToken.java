package id.kinerja.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.embedded.DevIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The access token a command-line call sends: {@code --token=…} (or the environment variable
 * {@code KINERJA_TOKEN}) as a deployment's issuer gave it, or else one asked for a demo user ({@code --user=…}) from
 * the local stack's dev issuer ({@code --issuer=…}).
 */
final class CliToken {

    static final String USAGE = "[--token=<access token> | --user=<demo user> [--issuer=" + localIssuer() + "]]";

    private CliToken() {
    }

    /** Whether the argument is one of this class's options. */
    static boolean isOption(String argument) {
        return argument.startsWith("--token=") || argument.startsWith("--user=") || argument.startsWith("--issuer=");
    }

    static String of(String[] args, String defaultUser) throws IOException, InterruptedException {
        String token = System.getenv("KINERJA_TOKEN");
        String user = defaultUser;
        String issuer = localIssuer();
        for (String arg : args) {
            if (arg.startsWith("--token=")) {
                token = arg.substring("--token=".length());
            } else if (arg.startsWith("--user=")) {
                user = arg.substring("--user=".length());
                token = null;
            } else if (arg.startsWith("--issuer=")) {
                issuer = arg.substring("--issuer=".length());
            }
        }
        if (token != null && !token.isBlank()) {
            return token;
        }
        String form = "grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + DevIssuer.DEV_PASSWORD;
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + " from " + issuer + ": " + answer.body());
        }
        return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
    }

    private static String localIssuer() {
        return "http://localhost:" + Platform.Ports.fixed().issuer() + "/realms/" + DevIssuer.REALM;
    }
}
