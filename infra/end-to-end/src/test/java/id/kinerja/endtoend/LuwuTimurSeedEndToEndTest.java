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
 * Luwu Timur 2024, its Rencana Aksi (seed 002) and LKjIP (003) imported as one file: quarterly targets that add
 * up to the year (UTTP 70 + 585 + 120 + 170 = 945), quarterly and annual capaian including lower-is-better
 * indicators (complaints 5 → 2 gives 160 %), growth from its components (UMKM 10,77 where the report prints 9,72),
 * and the budget and its absorption.
 */
class LuwuTimurSeedEndToEndTest {

    private static String pk;

    @BeforeAll
    static void importSeed() throws Exception {
        pk = ImportedSeeds.pkUrl(ImportedSeeds.imported("luwu-timur-2024"));
    }

    @ParameterizedTest(name = "{0} {1}: target {2}, realisasi {3}, capaian {4} %")
    @CsvSource({
            "P02.K1.S1-I1, TW1,   70,   70,    100.00",
            "P02.K1.S1-I1, TW2,   585,  474,   81.03",
            "P02.K1.S1-I1, TAHUN, 945,  969,   102.54",
            "P02-I1,       TAHUN, 5,    2,     160.00",
            "P01-I1,       TW1,   7.8,  2.05,  173.72",
            "P01-I1,       TAHUN, 7.8,  2.78,  164.36",
            "P05.K1.S1-I1, TAHUN, 156,  156,   100.00",
            "P13-I1,       TW1,   10,   9.91,  99.10",
            "IKU-2.3,      TAHUN, 79.12, 79.19, 100.09",
            "IKU-2.2,      TAHUN, 9.68, 10.77, 111.26",
    })
    void quarterly_and_annual_capaian_are_the_documents(String indicator, String period, String target,
                                                        String realisasi, String capaian) {
        JsonNode line = indicator(Http.get(pk + "/capaian?period=" + period).json(), indicator);
        assertThat(line.path("target").decimalValue()).isEqualByComparingTo(target);
        assertThat(line.path("realisasi").decimalValue()).isEqualByComparingTo(realisasi);
        assertThat(line.path("capaian").decimalValue()).isEqualByComparingTo(capaian);
    }

    @Test
    void lower_is_better_indicators_say_so_and_exceed_their_target_by_staying_below_it() {
        JsonNode complaints = indicator(Http.get(pk + "/capaian?period=TAHUN").json(), "P02-I1");
        assertThat(complaints.path("polarity").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(complaints.path("keterangan").asText()).isEqualTo("melebihi target");
    }

    @Test
    void a_quarter_without_realisasi_yet_has_no_capaian() {
        JsonNode cumulative = indicator(Http.get(pk + "/capaian?period=TW1").json(), "P05.K1.S1-I1");
        assertThat(cumulative.path("target").decimalValue()).isEqualByComparingTo("39");
        assertThat(cumulative.path("status").asText()).isEqualTo("BELUM_ADA");
    }

    @Test
    void budget_and_absorption_are_the_documents() {
        assertThat(Http.get(pk).json().path("totalPagu").asLong()).isEqualTo(30_409_836_596L);
        JsonNode total = Http.get(pk + "/anggaran").json().path("opdTotal");
        assertThat(total.path("realisasi").asLong()).isEqualTo(21_842_688_638L);
        assertThat(total.path("serapan").decimalValue()).isEqualByComparingTo("71.83");
    }

    @Test
    void a_growth_printed_otherwise_than_its_components_give_is_listed() {
        List<String> lines = new ArrayList<>();
        Http.get(pk + "/selisih").json().path("lines").forEach(line -> lines.add(line.path("kind").asText() + " "
                + line.path("key").asText() + " " + line.path("stated").asText() + " vs "
                + line.path("computed").asText()));
        assertThat(lines).contains(
                "REALISASI_RUMUS IKU-2.2 9.72 vs 10.77",
                "PAGU_PROGRAM P13 21107808400 vs 21107898400");
    }
}
