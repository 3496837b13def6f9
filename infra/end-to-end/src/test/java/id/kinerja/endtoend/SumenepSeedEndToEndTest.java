package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static id.kinerja.endtoend.Rows.indicator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sumenep's LKjIP 2023 (seed 001) imported as a file, with its PK Perubahan of 2 November 2023: the platform
 * reproduces the year's capaian (a lower-is-better indicator and a predikat among them, the PDRB indicators pending
 * and left out of the average), the budget before and after the Perubahan, absorption and the efficiency of Tabel
 * 3.9 (112,50 % / 74,64 % = 1,51), and lists where the report contradicts itself.
 */
class SumenepSeedEndToEndTest {

    private static JsonNode report;
    private static String pk;

    @BeforeAll
    static void importSeed() throws Exception {
        report = ImportedSeeds.imported("sumenep-2023");
        pk = ImportedSeeds.pkUrl(report);
    }

    @ParameterizedTest(name = "{0}: target {1}, realisasi {2}, capaian {3} %")
    @CsvSource({
            "IKU-1.1, 7,    16.24, 232.00",
            "IKU-1.2, 15,   15.69, 104.60",
            "IKU-4.1, 80,   90,    112.50",
            "IKU-3.1, 14.8, 11.70, 120.95",
            "IKT-4.1, A,    A,     100.00",
    })
    void the_years_capaian_is_the_documents(String indicator, String target, String realisasi, String capaian) {
        JsonNode line = indicator(Http.get(pk + "/capaian?period=TAHUN").json(), indicator);
        assertValue(line.path("target"), target);
        assertValue(line.path("realisasi"), realisasi);
        assertThat(line.path("capaian").decimalValue()).isEqualByComparingTo(capaian);
    }

    /** A value is a number, or a predikat (AA … D). */
    private static void assertValue(JsonNode value, String expected) {
        if (value.isNumber()) {
            assertThat(value.decimalValue()).isEqualByComparingTo(expected);
        } else {
            assertThat(value.asText()).isEqualTo(expected);
        }
    }

    @Test
    void the_pdrb_indicators_wait_for_bps_and_are_left_out_of_the_average() {
        JsonNode capaian = Http.get(pk + "/capaian?period=TAHUN").json();
        JsonNode pdrb = indicator(capaian, "IKU-2.1");
        assertThat(pdrb.path("status").asText()).isEqualTo("PENDING");
        assertThat(pdrb.path("pendingReason").asText()).isEqualTo("Menunggu Rilis PDRB oleh BPS 2024");
        JsonNode average = capaian.path("rataRataOpd");
        assertThat(average.path("dihitung").asInt()).isEqualTo(4);
        assertThat(average.path("jumlahDikecualikan").asInt()).isEqualTo(2);
        assertThat(average.path("rataRata").decimalValue()).isEqualByComparingTo("142.51");
    }

    @Test
    void the_perubahan_changes_targets_and_budget_and_the_induk_stays_readable() {
        String beforePerubahan = report.path("milestones").get(0).path("recordedAt").asText();
        JsonNode induk = Http.get(pk + "?asOf=" + beforePerubahan).json();
        JsonNode perubahan = Http.get(pk).json();
        assertThat(induk.path("totalPagu").asLong()).isEqualTo(22_939_110_172L);
        assertThat(perubahan.path("totalPagu").asLong()).isEqualTo(27_077_526_494L);
        assertThat(indicator(Http.get(pk + "/capaian?period=TAHUN&asOf=" + beforePerubahan).json(), "IKU-2.1")
                .path("target").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(indicator(Http.get(pk + "/capaian?period=TAHUN").json(), "IKU-2.1").path("target").decimalValue())
                .isEqualByComparingTo("6.1");
        assertThat(Http.get(pk + "/revisi").json().get(1).path("signedOn").asText()).isEqualTo("2023-11-02");
    }

    @Test
    void the_year_is_compared_with_2022_and_with_the_national_standard() {
        JsonNode capaian = Http.get(pk + "/capaian?period=TAHUN").json();
        assertThat(indicator(capaian, "IKU-1.1").path("realisasiTahunLalu").decimalValue())
                .isEqualByComparingTo("10.47");
        JsonNode pdrb = indicator(capaian, "IKU-2.1");
        assertThat(pdrb.path("standarNasional").decimalValue()).isEqualByComparingTo("4.89");
        assertThat(pdrb.path("sumberStandarNasional").asText()).contains("Tabel 3.5");
    }

    @Test
    void absorption_and_efficiency_are_the_documents() {
        JsonNode anggaran = Http.get(pk + "/anggaran").json();
        assertThat(anggaran.path("opdTotal").path("realisasi").asLong()).isEqualTo(22_998_136_965L);
        assertThat(anggaran.path("opdTotal").path("serapan").decimalValue()).isEqualByComparingTo("84.93");
        JsonNode accountability = null;
        for (JsonNode sasaran : anggaran.path("sasaran")) {
            if (sasaran.path("code").asText().equals("S4.1")) {
                accountability = sasaran;
            }
        }
        assertThat(accountability).isNotNull();
        assertThat(accountability.path("serapan").decimalValue()).isEqualByComparingTo("74.64");
        assertThat(accountability.path("capaianKinerja").decimalValue()).isEqualByComparingTo("112.50");
        assertThat(accountability.path("efisiensi").path("rasio").decimalValue()).isEqualByComparingTo("1.51");
        assertThat(accountability.path("efisiensi").path("efisien").asBoolean()).isTrue();
    }

    @Test
    void where_the_report_contradicts_itself_both_numbers_are_listed() {
        List<String> lines = new ArrayList<>();
        Http.get(pk + "/selisih").json().path("lines").forEach(line -> lines.add(line.path("kind").asText() + " "
                + line.path("key").asText("-") + " " + line.path("stated").asText() + " vs "
                + line.path("computed").asText("-")));
        assertThat(lines).contains(
                "PAGU_TOTAL - 27910420344 vs 27077526494",
                "REALISASI_ANGGARAN_TOTAL - 25901226039 vs 22998136965",
                "CAPAIAN IKU-3.1 126.49 vs 120.95",
                "REALISASI IKU-2.1 5.2 vs -");
    }
}
