package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.demo.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's check for every document: rendered from query-service's read models and folded from the raw events
 * ({@code sumber=peristiwa}), each document of each seed reads the same — at two recorded moments: before and after
 * the seed's PK Perubahan (Badung, Sumenep), or before and after a correction of a realisasi (Buleleng, Luwu
 * Timur). The seeds are imported as daerah of their own, so nothing here touches another test's documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorModeEndToEndTest {

    private static final List<String> DOCUMENTS = List.of("perjanjian-kinerja", "perjanjian-kinerja?revisi=0",
            "pk-perubahan", "rencana-aksi", "capaian-rencana-aksi", "lkjip");

    /** seed → its documents' URL and the two moments to compare at. */
    private final Map<String, Seed> seeds = new LinkedHashMap<>();

    private record Seed(String dokumenUrl, String provinsi, Instant before, Instant after) {
    }

    @BeforeAll
    void importAndChange() throws Exception {
        for (String seed : List.of("badung-2023", "sumenep-2023")) {
            JsonNode report = copy(seed);
            JsonNode milestones = report.path("milestones");
            seeds.put(seed, new Seed(ImportedSeeds.dokumenUrl(report), report.path("pk").asText().substring(0, 2),
                    Instant.parse(milestones.get(0).path("recordedAt").asText()),
                    Instant.parse(milestones.get(milestones.size() - 1).path("recordedAt").asText())));
        }
        corrected("buleleng-2023", "IKU-1/DES", "60.00");
        corrected("luwu-timur-2024", "IKU-2.1/TAHUN", "0.21");
    }

    /** The seed as a daerah of its own (e.g. 51.91 "Uji Kabupaten Buleleng"), which this test may change. */
    private static JsonNode copy(String seed) throws Exception {
        String province = Seeds.read(seed).replaceAll("(?s).*\npemda: \\{code: \"([0-9]+)\\..*", "$1");
        return ImportedSeeds.imported(seed, "audit", province + "." + (90 + List.of("badung-2023", "sumenep-2023",
                "buleleng-2023", "luwu-timur-2024").indexOf(seed)));
    }

    /** Imports the seed, corrects one realisasi and waits until query-service shows it. */
    private void corrected(String seed, String indicatorAndPeriod, String value) throws Exception {
        JsonNode report = copy(seed);
        Instant before = Instant.now();
        String pk = ImportedSeeds.pkUrl(report);
        String command = RunningPlatform.get().commandUrl() + pk.substring(pk.indexOf("/api/"));
        Http.Answer corrected = Http.send("POST", command + "/realisasi/" + indicatorAndPeriod + "/koreksi",
                "{\"value\": " + value + ", \"reason\": \"koreksi uji auditor\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(204);
        String period = indicatorAndPeriod.substring(indicatorAndPeriod.indexOf('/') + 1);
        String indicator = indicatorAndPeriod.substring(0, indicatorAndPeriod.indexOf('/'));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode row : Http.get(pk + "/capaian?period=" + period).json().path("indicators")) {
                if (row.path("code").asText().equals(indicator)) {
                    return row.path("realisasi").decimalValue().compareTo(new java.math.BigDecimal(value)) == 0;
                }
            }
            return false;
        });
        seeds.put(seed, new Seed(ImportedSeeds.dokumenUrl(report), report.path("pk").asText().substring(0, 2),
                before, Instant.now()));
    }

    @Test
    void every_document_of_every_seed_is_the_same_from_the_events_at_both_moments() {
        List<String> compared = new ArrayList<>();
        seeds.forEach((seed, at) -> {
            for (Instant moment : List.of(at.before(), at.after())) {
                for (String document : DOCUMENTS) {
                    String url = at.dokumenUrl() + document + (document.contains("?") ? "&" : "?")
                            + "format=html&asOf=" + moment;
                    Documents.Answer projections = Documents.fetch(url);
                    Documents.Answer events = Documents.fetch(url + "&sumber=peristiwa");
                    assertThat(events.status()).as(seed + " " + document + " at " + moment)
                            .isEqualTo(projections.status());
                    if (projections.status() == 200) {
                        assertThat(events.file().text()).as(seed + " " + document + " at " + moment)
                                .isEqualTo(projections.file().text());
                        compared.add(seed + " " + document);
                    } else {
                        assertThat(projections.status()).as(seed + " " + document + " at " + moment).isEqualTo(404);
                    }
                }
            }
        });
        assertThat(compared).hasSizeGreaterThanOrEqualTo(4 * 2 * 5);
    }

    @Test
    void the_moment_matters_and_both_ways_see_it() {
        Seed badung = seeds.get("badung-2023");
        String before = Documents.get(badung.dokumenUrl() + "perjanjian-kinerja?format=html&sumber=peristiwa&asOf="
                + badung.before()).text();
        String after = Documents.get(badung.dokumenUrl() + "perjanjian-kinerja?format=html&sumber=peristiwa&asOf="
                + badung.after()).text();
        assertThat(before).contains("19.878.378.920").doesNotContain("22.243.685.702");
        assertThat(after).contains("22.243.685.702");
        Seed buleleng = seeds.get("buleleng-2023");
        String capaian = "capaian-rencana-aksi?format=html&sumber=peristiwa&asOf=";
        assertThat(Documents.get(buleleng.dokumenUrl() + capaian + buleleng.before()).text()).contains("57,97")
                .doesNotContain("koreksi uji auditor");
        assertThat(Documents.get(buleleng.dokumenUrl() + capaian + buleleng.after()).text()).contains("60");
    }

    @Test
    void every_province_recap_is_the_same_from_the_events_at_both_moments() throws Exception {
        for (Seed seed : seeds.values()) {
            for (Instant moment : List.of(seed.before(), seed.after())) {
                String url = RunningPlatform.get().reportingUrl() + "/api/provinsi/" + seed.provinsi() + "/rekap/"
                        + (seed.dokumenUrl().contains("/2024/") ? 2024 : 2023) + "/dokumen?format=html&asOf=" + moment;
                assertThat(Documents.get(url + "&sumber=peristiwa").text()).as(url)
                        .isEqualTo(Documents.get(url).text());
            }
        }
    }
}
