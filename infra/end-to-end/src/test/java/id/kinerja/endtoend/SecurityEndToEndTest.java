package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as its users meet it: a demo user logs in at the dev issuer (password grant, as with Keycloak) and
 * reads their own daerah through all three services; every endpoint of another daerah is refused to them, and an
 * anonymous caller is refused everywhere.
 */
class SecurityEndToEndTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Platform platform;
    private static String buleleng;

    @BeforeAll
    static void seeds() throws Exception {
        platform = RunningPlatform.get();
        ImportedSeeds.imported("buleleng-2023");
        ImportedSeeds.imported("sumenep-2023");
        buleleng = login("operator.buleleng");
    }

    @Test
    void a_demo_user_reads_their_own_daerah_in_every_service() throws Exception {
        String pk = "/api/tenants/51.08/opd/disdagperinkopukm/pk/2023";
        assertThat(get(platform.queryUrl() + pk + "/capaian?period=DES", buleleng)).isEqualTo(200);
        assertThat(get(platform.reportingUrl() + pk + "/dokumen/perjanjian-kinerja?format=html", buleleng))
                .isEqualTo(200);
        assertThat(get(platform.commandUrl() + "/api/tenants/51.08/integritas", buleleng)).isEqualTo(200);
    }

    @Test
    void every_endpoint_of_another_daerah_is_refused_and_anonymous_calls_everywhere() throws Exception {
        String pk = "/api/tenants/35.29/opd/diskopukmperindag/pk/2023";
        List<String> endpoints = List.of(platform.queryUrl() + pk, platform.queryUrl() + pk + "/revisi",
                platform.queryUrl() + pk + "/revisi/1/perbandingan", platform.queryUrl() + pk + "/capaian",
                platform.queryUrl() + pk + "/anggaran", platform.queryUrl() + pk + "/selisih",
                platform.queryUrl() + pk + "/narasi", platform.queryUrl() + "/api/provinsi/35/rekap/2023",
                platform.commandUrl() + "/api/tenants/35.29/integritas",
                platform.commandUrl() + pk + "/templat.xlsx",
                platform.reportingUrl() + pk + "/dokumen/lkjip",
                platform.reportingUrl() + pk + "/dokumen/pk-perubahan?sumber=peristiwa",
                platform.reportingUrl() + "/api/provinsi/35/rekap/2023/dokumen");
        for (String endpoint : endpoints) {
            assertThat(get(endpoint, buleleng)).as(endpoint).isEqualTo(403);
            assertThat(get(endpoint, null)).as(endpoint).isEqualTo(401);
        }
        HttpResponse<String> write = CLIENT.send(HttpRequest.newBuilder(URI.create(platform.commandUrl() + pk
                        + "/realisasi/IKU-1.1/TAHUN")).header("Authorization", "Bearer " + buleleng)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"value\": 20}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
    }

    private static int get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String login(String user) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(platform.issuer().tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + user + "&password=dev"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
    }
}
