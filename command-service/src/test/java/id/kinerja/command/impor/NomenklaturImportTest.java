package id.kinerja.command.impor;

import id.kinerja.api.pk.AddProgram;
import id.kinerja.demo.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the seed files, the import gives every program, kegiatan and sub kegiatan its national code where the
 * catalogue knows the name, and reports the rest with the reason — also in a dry run, which reads the same plan.
 */
class NomenklaturImportTest {

    @Test
    void badung_and_buleleng_print_the_umkm_program_differently_and_both_get_2_17_07() {
        assertThat(programCode("badung-2023", "P06")).contains("2.17.07");
        assertThat(programCode("buleleng-2023", "P05")).contains("2.17.07");
        assertThat(programCode("buleleng-2023", "P02")).as("Standarisasi for Standardisasi").contains("3.30.06");
    }

    @Test
    void what_cannot_be_mapped_is_reported_with_its_place_and_reason() {
        ImportReport.Nomenklatur buleleng = ImportPlan.read(YamlTree.parse(Seeds.read("buleleng-2023"))).nomenklatur();
        ImportReport.TidakDipetakan placeholder = buleleng.tidakDipetakan().stream()
                .filter(u -> u.path().equals("pk.programs[0].kegiatan[0]")).findFirst().orElseThrow();
        assertThat(placeholder.tingkat()).isEqualTo("kegiatan");
        assertThat(placeholder.nama()).endsWith("(kegiatan tidak dirinci pada lampiran 000)");
        assertThat(placeholder.alasan()).contains("tidak ditemukan").contains("3.30.03");
        assertThat(placeholder.line()).isPositive();
        ImportReport.TidakDipetakan penunjang = buleleng.tidakDipetakan().stream()
                .filter(u -> u.path().equals("pk.programs[10]")).findFirst().orElseThrow();
        assertThat(penunjang.alasan()).contains("2.17.01, 3.30.01, 3.31.01");
    }

    @Test
    void a_code_given_in_the_file_is_taken_as_given() {
        String file = Seeds.read("buleleng-2023").replace("name: \"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota\"",
                "name: \"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota\"\n      nomenklatur: \"3.30.01\"");
        ImportPlan plan = ImportPlan.read(YamlTree.parse(file));
        assertThat(code(plan, "P11")).contains("3.30.01");
        assertThat(plan.nomenklatur().tidakDipetakan()).noneMatch(u -> u.path().equals("pk.programs[10]"));
    }

    @Test
    void every_program_of_the_seeds_is_mapped_but_the_supporting_one_whose_name_is_ambiguous() {
        Map<String, Integer> mapped = new TreeMap<>();
        for (String seed : Seeds.available()) {
            ImportPlan plan = ImportPlan.read(YamlTree.parse(Seeds.read(seed)));
            List<ImportReport.TidakDipetakan> programs = plan.nomenklatur().tidakDipetakan().stream()
                    .filter(u -> u.tingkat().equals("program")).toList();
            assertThat(programs).as(seed).allSatisfy(u -> assertThat(u.nama()).startsWithIgnoringCase("Program Penunjang"));
            mapped.put(seed, plan.nomenklatur().dipetakan());
        }
        // Programs and kegiatan outside the supporting program; Buleleng's lampiran details no kegiatan.
        assertThat(mapped).containsEntry("badung-2023", 27).containsEntry("buleleng-2023", 10)
                .containsEntry("sumenep-2023", 23).containsEntry("luwu-timur-2024", 30);
    }

    private static Optional<String> programCode(String seed, String program) {
        return code(ImportPlan.read(YamlTree.parse(Seeds.read(seed))), program);
    }

    private static Optional<String> code(ImportPlan plan, String program) {
        return plan.steps().stream().map(ImportStep::command).filter(AddProgram.class::isInstance)
                .map(AddProgram.class::cast).filter(c -> c.program().code().equals(program))
                .map(c -> c.program().nomenklatur()).findFirst();
    }
}
