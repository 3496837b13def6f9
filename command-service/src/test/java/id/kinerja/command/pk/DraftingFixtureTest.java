package id.kinerja.command.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.pk.AddKegiatan;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.AddSubKegiatan;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.pk.SetTarget;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.TargetSet;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/** The rules of a draft PK: its cascade, its targets on every level and the pagu of its sub kegiatan. */
class DraftingFixtureTest {

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_program_is_added_under_a_sasaran_of_the_pk() {
        Program program = new Program("P04", "S1", "Program Pengawasan dan Pemeriksaan Koperasi", List.of());
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, program))
                .expectEvents(new ProgramAdded(PK, program.withNomenklatur("2.17.03")));
    }

    @Test
    void a_program_under_an_unknown_sasaran_is_refused() {
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, new Program("P04", "S9", "Program Pengawasan", List.of())))
                .expectException(violates("sasaran-unknown", "program.sasaranCode"))
                .expectNoEvents();
    }

    @Test
    void a_code_is_used_once_per_level() {
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, new Program("P01", "S1", "Program lain", List.of())))
                .expectException(violates("code-taken", "program.code"));
    }

    @Test
    void a_kegiatan_needs_a_known_program_and_a_sub_kegiatan_a_known_kegiatan() {
        fixture.given(BadungPk.draftStructure())
                .when(new AddKegiatan(PK, new Kegiatan("P09.K1", "P09", "Kegiatan", List.of())))
                .expectException(violates("program-unknown", "kegiatan.programCode"));
        fixture.given(BadungPk.draftStructure())
                .when(new AddSubKegiatan(PK, new SubKegiatan("P01.K9.S1", "P01.K9", "Sub kegiatan", List.of())))
                .expectException(violates("kegiatan-unknown", "subKegiatan.kegiatanCode"));
    }

    @Test
    void indicator_codes_are_unique_across_the_cascade() {
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, new Program("P04", "S1", "Program Pengawasan",
                        List.of(BadungPk.KOPERASI_SEHAT))))
                .expectException(violates("indicator-code-taken", "program.indicators[0].code"));
    }

    @Test
    void a_target_is_set_on_any_level_and_remembers_the_previous_one() {
        fixture.given(BadungPk.draftReadyToSign())
                .when(new SetTarget(PK, "SK-1", Nilai.of("950")))
                .expectEvents(new TargetSet(PK, "SK-1", Nilai.of("950"), Nilai.of("945")));
    }

    @Test
    void setting_the_same_target_again_changes_nothing() {
        fixture.given(BadungPk.draftReadyToSign())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of("7")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_target_fits_the_indicators_scale() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of(Predikat.A)))
                .expectException(violates("value-scale", "target"));
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-4.2", Nilai.of("82.00")))
                .expectException(violates("value-scale", "target"));
    }

    @Test
    void a_target_for_an_unknown_indicator_is_refused() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-9.9", Nilai.of("1")))
                .expectException(violates("indicator-unknown", "indicatorCode"));
    }

    @Test
    void pagu_is_set_per_sub_kegiatan_and_never_negative() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetPagu(PK, "P01.K1.S1", BadungPk.PAGU_P01))
                .expectEvents(new PaguSet(PK, "P01.K1.S1", BadungPk.PAGU_P01, null));
        fixture.given(BadungPk.draftStructure())
                .when(new SetPagu(PK, "P01.K1.S1", Rupiah.of(-1)))
                .expectException(violates("amount-negative", "pagu"));
        fixture.given(BadungPk.draftStructure())
                .when(new SetPagu(PK, "P01.K1", Rupiah.of(1)))
                .expectException(violates("sub-kegiatan-unknown", "subKegiatanCode"));
    }

    @Test
    void a_signed_pk_is_no_longer_edited_directly() {
        fixture.given(BadungPk.signed())
                .when(new SetPagu(PK, "P01.K1.S1", Rupiah.of(3_186_620)))
                .expectException(violates("pk-signed", null))
                .expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(new AddProgram(PK, new Program("P04", "S1", "Program Pengawasan", List.of())))
                .expectException(violates("pk-signed", null));
        fixture.given(BadungPk.signed())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of("8.00")))
                .expectException(violates("pk-signed", null));
    }
}
