package id.kinerja.load.bench;

import id.kinerja.load.Flags;
import id.kinerja.load.province.Shape;
import id.kinerja.load.province.SyntheticProvince;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The province-year benchmark as a build step, for machines that run benchmarks on a schedule:
 * {@code ./mvnw -B verify -pl infra/load -am -Dbenchmarks.excluded=none -Dgroups=benchmark}, with flags as for
 * {@code ./load-province benchmark} in {@code -Dkinerja.benchmark.flags="--kabupaten=8 --opd=20"}. It prints the
 * figures and writes the results file; it asserts only that the load arrived whole, never a speed.
 */
@Tag("benchmark")
class ProvinceBenchmark {

    @Test
    void province_year() throws Exception {
        Path root = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
        String given = System.getProperty("kinerja.benchmark.flags", "").trim();
        Flags flags = new Flags(given.isEmpty() ? List.of() : Arrays.asList(given.split("\\s+")));
        SyntheticProvince province = new SyntheticProvince(Shape.province().with(flags));
        Settings settings = Settings.from(flags, root);
        flags.rejectUnknown();

        Report report = ScaleBenchmark.run(province, settings, root, System.out);

        org.assertj.core.api.Assertions.assertThat(report.problems()).isEmpty();
    }
}
