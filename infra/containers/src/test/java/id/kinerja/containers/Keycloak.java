package id.kinerja.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real identity provider, driven as its operators and users would: an administrator gives the realm's users
 * their first passwords (kinerja-realm.json ships them temporary), the users log in with the password grant of
 * client kinerja-cli, and their access tokens go to the services.
 */
final class Keycloak {

    static final String REALM = "kinerja";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-uji-kontainer";
    static final String USER_PASSWORD = "Sandi-Uji-2024";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final Map<String, Boolean> activated = new ConcurrentHashMap<>();

    /** @param url where this JVM reaches Keycloak, e.g. http://localhost:32771 */
    Keycloak(String url) {
        this.url = url;
    }

    /** An access token of the realm's user, whose first password the administrator has set. */
    String token(String username) {
        activated.computeIfAbsent(username, this::setPassword);
        JsonNode answer = Http.form(url + "/realms/" + REALM + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "kinerja-cli", "username", username,
                "password", USER_PASSWORD)).json();
        String token = answer.path("access_token").asText(null);
        if (token == null) {
            throw new IllegalStateException("no token for " + username + ": " + answer);
        }
        return token;
    }

    /** The token's claims, as the services read them. */
    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean setPassword(String username) {
        String admin = Http.form(url + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", ADMIN,
                "password", ADMIN_PASSWORD)).json().path("access_token").asText();
        JsonNode users = Http.get(url + "/admin/realms/" + REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), admin).json();
        if (users.size() != 1) {
            throw new IllegalStateException("user " + username + " is not in the realm: " + users);
        }
        Http.Answer reset = Http.send("PUT", url + "/admin/realms/" + REALM + "/users/" + users.get(0).path("id")
                .asText() + "/reset-password", admin, "{\"type\":\"password\",\"value\":\"" + USER_PASSWORD
                + "\",\"temporary\":false}");
        if (reset.status() != 204) {
            throw new IllegalStateException("could not set the password of " + username + ": " + reset);
        }
        return true;
    }
}
