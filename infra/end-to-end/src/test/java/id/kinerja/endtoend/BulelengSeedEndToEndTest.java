package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static id.kinerja.endtoend.Rows.indicator;
import static id.kinerja.endtoend.Rows.program;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buleleng's Capaian Rencana Aksi 2023 (seed 000) imported as a file: the platform reproduces the document's
 * monthly capaian per indicator and its monthly budget realisation against the plan per program, and lists the
 * printed totals that disagree — the TOTAL row's pagu (pages of the lampiran are missing from the seed) and two
 * different realisation totals printed for the same budget.
 */
class BulelengSeedEndToEndTest {

    private static String pk;

    @BeforeAll
    static void importSeed() throws Exception {
        pk = ImportedSeeds.pkUrl(ImportedSeeds.imported("buleleng-2023"));
    }

    @ParameterizedTest(name = "{0} {1}: target {2}, realisasi {3}, capaian {4} % ({5})")
    @CsvSource({
            "IKU-1,   JUN, 41.00, 41.00, 100.00, sesuai target",
            "IKU-1,   DES, 82.00, 57.97, 70.70,  belum mencapai target",
            "IKU-4,   AGU, 100,   100,   100.00, sesuai target",
            "IKU-5,   FEB, 10.00, 10.00, 100.00, sesuai target",
            "IKU-5,   NOV, 20.00, 20.00, 100.00, sesuai target",
            "IKU-6,   DES, 1.60,  1.60,  100.00, sesuai target",
            "IKU-7,   OKT, 78.50, 80.48, 102.52, melebihi target",
            "IKU-3.1, DES, 80.01, 85.47, 106.82, melebihi target",
    })
    void monthly_capaian_is_the_documents(String indicator, String month, String target, String realisasi,
                                          String capaian, String keterangan) {
        JsonNode line = indicator(Http.get(pk + "/capaian?period=" + month).json(), indicator);
        assertThat(line.path("target").decimalValue()).isEqualByComparingTo(target);
        assertThat(line.path("realisasi").decimalValue()).isEqualByComparingTo(realisasi);
        assertThat(line.path("capaian").decimalValue()).isEqualByComparingTo(capaian);
        assertThat(line.path("keterangan").asText()).isEqualTo(keterangan);
    }

    @Test
    void a_month_without_a_target_has_no_capaian_and_a_monthly_report_counts_every_month() {
        assertThat(indicator(Http.get(pk + "/capaian?period=MAR").json(), "IKU-1").path("status").asText())
                .isEqualTo("TANPA_TARGET");
        for (String month : List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES")) {
            assertThat(indicator(Http.get(pk + "/capaian?period=" + month).json(), "SK-11.1").path("capaian")
                    .decimalValue()).as(month).isEqualByComparingTo("100");
        }
        assertThat(indicator(Http.get(pk + "/capaian?period=TAHUN").json(), "SK-11.1").path("realisasi")
                .decimalValue()).isEqualByComparingTo("12");
    }

    @ParameterizedTest(name = "{0} through {1}: plan {2}, realisasi {3}, {4} % of plan")
    @CsvSource({
            "P01, JUN, 296154227,  41044120,   13.86",
            "P01, DES, 592308454,  578425168,  97.66",
            "P02, MAR, 87440106,   52791814,   60.37",
            "P03, DES, 63317703,   62850022,   99.26",
            "P04, DES, 167866310,  151040148,  89.98",
            "P05, DES, 443963160,  427500046,  96.29",
            "P06, JUL, 859989864,  770872744,  89.64",
            "P07, DES, 67124579,   63138212,   94.06",
            "P08, DES, 59000000,   57557752,   97.56",
            "P09, DES, 280665065,  260467500,  92.80",
            "P10, DES, 77400000,   72487472,   93.65",
            "P11, JAN, 802278378,  257495814,  32.10",
            "P11, DES, 9627340537, 9266893551, 96.26",
    })
    void monthly_budget_realisation_against_the_plan_is_the_documents(String program, String month, long plan,
                                                                      long realisasi, String percent) {
        JsonNode line = program(Http.get(pk + "/anggaran?sampai=" + month).json(), program);
        assertThat(line.path("rencana").asLong()).isEqualTo(plan);
        assertThat(line.path("realisasi").asLong()).isEqualTo(realisasi);
        assertThat(line.path("terhadapRencana").decimalValue()).isEqualByComparingTo(percent);
    }

    @Test
    void the_printed_totals_that_disagree_are_listed_with_both_numbers() {
        JsonNode total = Http.get(pk + "/anggaran").json().path("opdTotal");
        assertThat(total.path("pagu").asLong()).isEqualTo(12_750_824_010L);
        assertThat(total.path("realisasi").asLong()).isEqualTo(12_256_325_908L);

        JsonNode selisih = Http.get(pk + "/selisih").json();
        List<String> lines = new ArrayList<>();
        selisih.path("lines").forEach(line -> lines.add(line.path("kind").asText() + " " + line.path("stated").asLong()
                + " vs " + line.path("computed").asLong()));
        assertThat(lines).containsExactly(
                "PAGU_TOTAL 14052383491 vs 12750824010",
                "REALISASI_ANGGARAN_TOTAL 13245552743 vs 12256325908",
                "REALISASI_ANGGARAN_TOTAL 13245542743 vs 12256325908");
        assertThat(selisih.path("checked").asInt()).as("the printed capaian and program pagu agree").isEqualTo(10);
    }
}
