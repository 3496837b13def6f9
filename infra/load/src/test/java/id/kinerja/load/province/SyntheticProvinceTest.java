package id.kinerja.load.province;

import id.kinerja.load.Flags;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic province is the real province's daerah, drawn the same from the same seed, and as large as the issue
 * asks: about five million events for a province-year of 38 kabupaten/kota (and the province) × 40 perangkat daerah.
 */
class SyntheticProvinceTest {

    @Test
    void jawa_timur_is_its_38_real_kabupaten_and_kota_after_the_province() {
        List<Wilayah.Daerah> daerah = Shape.province().daerah();

        assertThat(daerah).hasSize(39);
        assertThat(daerah.get(0)).isEqualTo(new Wilayah.Daerah("35", "Provinsi Jawa Timur", "PROVINSI"));
        assertThat(daerah.get(29)).isEqualTo(new Wilayah.Daerah("35.29", "Kabupaten Sumenep", "KABUPATEN"));
        assertThat(daerah).contains(new Wilayah.Daerah("35.78", "Kota Surabaya", "KOTA"));
    }

    @Test
    void the_same_seed_draws_the_same_year_and_another_seed_another() {
        Shape shape = Shape.small();
        Wilayah.Daerah sumenep = new Wilayah.Daerah("35.29", "Kabupaten Sumenep", "KABUPATEN");
        OpdYear once = new OpdYear(shape, sumenep, 1, 2025);
        OpdYear again = new OpdYear(shape, sumenep, 1, 2025);
        OpdYear otherSeed = new OpdYear(shape.with(new Flags(List.of("--seed=8"))), sumenep, 1, 2025);

        assertThat(again.planning()).isEqualTo(once.planning());
        for (int month = 1; month <= OpdYear.CLOSING; month++) {
            assertThat(again.month(month)).isEqualTo(once.month(month));
        }
        assertThat(otherSeed.planning().body()).isNotEqualTo(once.planning().body());
    }

    @Test
    void in_bulk_a_month_s_new_values_are_one_progress_file_with_the_same_values_and_events() {
        Shape shape = Shape.small();
        Wilayah.Daerah sumenep = new Wilayah.Daerah("35.29", "Kabupaten Sumenep", "KABUPATEN");
        OpdYear perValue = new OpdYear(shape, sumenep, 1, 2025);
        OpdYear bulk = new OpdYear(shape.with(new Flags(List.of("--bulk"))), sumenep, 1, 2025);
        List<Request> values = perValue.month(3).stream().filter(r -> r.path().endsWith("/MAR")).toList();

        Request file = bulk.month(3).stream().filter(r -> r.path().equals("/api/import")).findFirst().orElseThrow();
        Map<String, Object> progress = new org.yaml.snakeyaml.Yaml().load((String) file.body());

        assertThat(progress).containsEntry("format", "kinerja-progress/1").containsEntry("year", 2025)
                .containsEntry("pemda", Map.of("code", "35.29"));
        List<?> realisasi = (List<?>) progress.get("realisasi");
        Map<?, ?> anggaran = (Map<?, ?>) progress.get("realisasiAnggaran");
        assertThat(realisasi.size() + anggaran.size()).isEqualTo(values.size()).isEqualTo(file.events());
        for (Request value : values) {
            String[] path = value.path().split("/");
            String code = path[path.length - 2];
            Object sent = ((Map<?, ?>) value.body()).values().iterator().next();
            if (value.path().contains("/realisasi-anggaran/")) {
                assertThat(((Map<?, ?>) anggaran.get(code)).get("MAR")).asString().isEqualTo(sent.toString());
            } else {
                assertThat(realisasi).anySatisfy(line -> assertThat(((Map<?, ?>) line).get("indicator")).isEqualTo(code));
            }
        }
        assertThat(bulk.month(3).stream().filter(r -> !r.path().equals("/api/import")))
                .as("pending values and corrections of the month before still go one by one")
                .isEqualTo(perValue.month(3).stream().filter(r -> !r.path().endsWith("/MAR")).toList());
    }

    @Test
    void every_daerah_names_a_program_alike_so_the_province_can_add_them_up() {
        Shape shape = Shape.province();
        OpdYear pacitan = new OpdYear(shape, new Wilayah.Daerah("35.01", "Kabupaten Pacitan", "KABUPATEN"), 16, 2025);
        OpdYear surabaya = new OpdYear(shape, new Wilayah.Daerah("35.78", "Kota Surabaya", "KOTA"), 16, 2025);

        assertThat(pacitan.opd()).isEqualTo("diskopukm").isEqualTo(surabaya.opd());
        assertThat(pacitan.subKegiatan()).hasSize(60).isEqualTo(surabaya.subKegiatan());
        assertThat((String) pacitan.planning().body()).contains("code: \"2.17.03\"", "Program Pengembangan Koperasi dan Usaha Mikro");
        assertThat(pacitan.expected().pagu()).isNotEqualTo(surabaya.expected().pagu());
        for (String sub : pacitan.subKegiatan()) {
            assertThat(pacitan.spentInTheEnd(sub, 3)).as("March spending of " + sub).isPositive();
        }
    }

    @Test
    void a_province_year_is_about_five_million_events() {
        SyntheticProvince province = new SyntheticProvince(Shape.province());
        SyntheticProvince.Opd one = province.opds().get(45);
        long perOpd = province.year(one, 2025).expected().events();

        assertThat(province.opds()).hasSize(39 * 40);
        assertThat(perOpd * province.opds().size()).isBetween(4_500_000L, 5_500_000L);
    }
}
