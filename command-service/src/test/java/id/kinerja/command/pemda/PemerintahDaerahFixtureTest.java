package id.kinerja.command.pemda;

import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.command.shared.AlreadyExists;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static id.kinerja.command.shared.Violations.violates;

/** A pemerintah daerah registers its perangkat daerah, each under a code of its own. */
class PemerintahDaerahFixtureTest {

    private static final TenantId BULELENG = TenantId.of("51.08");
    private static final PemerintahDaerahRegistered REGISTERED =
            new PemerintahDaerahRegistered(BULELENG, "Kabupaten Buleleng", JenisDaerah.KABUPATEN);

    private FixtureConfiguration<PemerintahDaerah> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PemerintahDaerah.class);
    }

    @Test
    void a_perangkat_daerah_is_registered_under_its_code() {
        fixture.given(REGISTERED)
                .when(new RegisterPerangkatDaerah(BULELENG, "disdagperinkop", "Dinas Perdagangan, Perindustrian dan "
                        + "Koperasi, Usaha Kecil dan Menengah"))
                .expectEvents(new PerangkatDaerahRegistered(new OpdId(BULELENG, "disdagperinkop"),
                        "Dinas Perdagangan, Perindustrian dan Koperasi, Usaha Kecil dan Menengah"));
    }

    @Test
    void a_code_is_lower_case_and_used_once() {
        fixture.given(REGISTERED)
                .when(new RegisterPerangkatDaerah(BULELENG, "Dinas Perdagangan", "Dinas Perdagangan"))
                .expectException(violates("code-format", "code"));
        fixture.given(REGISTERED, new PerangkatDaerahRegistered(new OpdId(BULELENG, "disdagperinkop"), "Dinas"))
                .when(new RegisterPerangkatDaerah(BULELENG, "disdagperinkop", "Dinas lain"))
                .expectException(AlreadyExists.class);
        fixture.given(REGISTERED)
                .when(new RegisterPerangkatDaerah(BULELENG, "bappeda", " "))
                .expectException(violates("required", "name"));
    }
}
