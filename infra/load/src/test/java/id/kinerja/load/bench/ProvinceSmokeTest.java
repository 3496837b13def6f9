package id.kinerja.load.bench;

import id.kinerja.load.province.Shape;
import id.kinerja.load.province.SyntheticProvince;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator and the whole benchmark harness at a size that takes minutes, in every build, so neither rots:
 * a small province (the province and two kabupaten, two perangkat daerah each, a whole year) through two
 * command-service instances taking commands in turn and two query-service instances sharing the topic, then filled in
 * the read models to all 38 kabupaten/kota of the province for the roll-up. It asserts
 * what was loaded and read, never how fast: every event stored once and applied once, every figure read back as
 * drawn, every benchmark request answered, both replays done.
 */
class ProvinceSmokeTest {

    @Test
    void a_small_province_loads_whole_through_two_instances_of_each_service_and_every_benchmark_runs() throws Exception {
        Path root = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
        Path results = root.resolve("infra/load/target/smoke-results.md");
        SyntheticProvince province = new SyntheticProvince(Shape.small());

        Report report = ScaleBenchmark.run(province, Settings.smoke(results), root, System.out);

        assertThat(report.problems()).isEmpty();
        assertThat(report.storedEvents()).isEqualTo(province.expectedEvents());
        assertThat(report.replays()).allSatisfy(replay -> assertThat(replay.eventsApplied()).isPositive());
        assertThat(report.replays().get(1).eventsApplied()).as("the province's replay applies every event")
                .isGreaterThanOrEqualTo(province.expectedEvents());
        assertThat(Files.readString(results)).contains("command ingest", "accepted → visible", "replay of",
                "as-of: PK", "roll-up 38 kabupaten/kota × 3 OPD", "province filled", "document: PK PDF",
                "raw INSERT+COMMIT");
    }
}
