package id.kinerja.query.provinsi;

import id.kinerja.api.EventEnvelope;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province roll-up read in sets beside the same roll-up read PK by PK (as it was before; every single-PK view
 * still reads so), in the same run on the same PostgreSQL: {@code -Dkinerja.daerah} kabupaten (default 8) each playing
 * Badung's story, now and as of the PK Perubahan. Prints figures, asserts no speed. Run with
 * {@code ./mvnw -B verify -pl query-service -am -Dgroups=benchmark -Dbenchmarks.excluded=none -Dtest=RekapBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RekapBenchmark extends ReadModelTest {

    @Autowired
    private RekapQueries rekap;

    @Autowired
    private Tenants tenants;

    @Autowired
    private FaktaReads fakta;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Test
    void roll_up_in_sets_beside_pk_by_pk() {
        int daerah = Integer.getInteger("kinerja.daerah", 8);
        int reads = Integer.getInteger("kinerja.reads", 20);
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 1; i <= daerah; i++) {
            events.addAll(BadungEvents.envelopes(String.format("66.%02d", i), i % 2 == 1));
        }
        publishAndWait(events);
        for (Instant at : List.of(Instant.parse("2024-06-01T00:00:00Z"), BadungEvents.PERUBAHAN_AT)) {
            assertThat(rekap.rekap("66", 2023, at)).isEqualTo(perPk(at));
            print(daerah + " daerah, as of " + at + ", PK by PK (before)", reads, () -> perPk(at));
            print(daerah + " daerah, as of " + at + ", in sets", reads, () -> rekap.rekap("66", 2023, at));
        }
    }

    private RekapProvinsi perPk(Instant at) {
        return new RekapPerPk(named, tenants, fakta).rekap("66", 2023, at);
    }

    private static void print(String what, int reads, Supplier<RekapProvinsi> read) {
        for (int i = 0; i < Math.max(3, reads / 4); i++) {
            read.get();
        }
        double[] ms = new double[reads];
        for (int i = 0; i < reads; i++) {
            long start = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "roll-up %s, %d reads: p50 %.1f ms, p95 %.1f ms%n", what, reads,
                ms[reads / 2], ms[(int) Math.ceil(reads * 0.95) - 1]);
    }
}
