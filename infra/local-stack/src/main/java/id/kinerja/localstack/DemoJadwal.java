package id.kinerja.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.embedded.DevIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Gives each seeded daerah a reporting schedule for its year, set by its demo verifier as Bappeda would: a month's
 * (and a triwulan's, and the year's) report by the 10th of the following month. The seeds' years are past, so
 * their periods show as late, and anything entered now is marked late.
 */
final class DemoJadwal {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoJadwal() {
    }

    /** @param importReport the answer of the seed's import, naming its PK ({@code tenant/opd/pk/year}) */
    static void forSeed(Platform platform, String importReport) throws IOException, InterruptedException {
        String[] pk = new ObjectMapper().readTree(importReport).path("pk").asText().split("/");
        String tenant = pk[0];
        String year = pk[3];
        DevIssuer.Identity verifier = DemoUsers.ALL.stream()
                .filter(user -> user.roles().contains("VERIFIKATOR") && tenant.equals(user.tenant())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo verifier for " + tenant));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(platform.commandUrl()
                        + "/api/tenants/" + tenant + "/jadwal/" + year))
                .header("Authorization", "Bearer " + platform.issuer().token(verifier))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hariKe\": 10}")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("jadwal " + tenant + "/" + year + " was refused: " + answer.body());
        }
    }
}
