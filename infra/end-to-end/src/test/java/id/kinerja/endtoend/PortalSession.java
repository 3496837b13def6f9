package id.kinerja.endtoend;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in portal session without a browser: the OpenID Connect sign-in walked with an HTTP client that keeps
 * cookies (portal → issuer's sign-in page → form posted → back to the portal), for measuring pages.
 */
final class PortalSession {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient client;
    private final String portal;

    private PortalSession(HttpClient client, String portal) {
        this.client = client;
        this.portal = portal;
    }

    static PortalSession masuk(String portal, String issuerAuthorizationUri, String username)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(portal + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(loginPage.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">"));
        }
        if (form.isEmpty()) {
            throw new IllegalStateException("no sign-in page at " + loginPage.uri() + ": " + loginPage.statusCode());
        }
        form.put("username", username);
        form.put("password", "dev");
        HttpResponse<String> landed = client.send(HttpRequest.newBuilder(URI.create(issuerAuthorizationUri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(portal)) {
            throw new IllegalStateException("sign-in of " + username + " ended at " + landed.uri() + " ("
                    + landed.statusCode() + ")");
        }
        return new PortalSession(client, portal);
    }

    /** Nanoseconds from sending the request until the response's status line and headers arrived. */
    long ttfb(String path) throws IOException, InterruptedException {
        long[] firstByte = new long[1];
        long start = System.nanoTime();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(portal + path)).GET().build(),
                info -> {
                    firstByte[0] = System.nanoTime();
                    return HttpResponse.BodySubscribers.discarding();
                });
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return firstByte[0] - start;
    }

    String get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
