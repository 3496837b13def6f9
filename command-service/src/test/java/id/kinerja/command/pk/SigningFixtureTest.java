package id.kinerja.command.pk;

import id.kinerja.api.common.Signatory;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.SignPerjanjianKinerja;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.Kegiatan;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.kinerja.command.pk.BadungPk.BUPATI;
import static id.kinerja.command.pk.BadungPk.KEPALA_DINAS;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/** Signing makes the PK the promise: complete, with every promised target and every pagu, by both parties. */
class SigningFixtureTest {

    private static final LocalDate JANUARY_31 = LocalDate.of(2023, 1, 31);

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_complete_pk_is_signed_by_pihak_pertama_and_pihak_kedua_as_revision_0() {
        fixture.given(BadungPk.draftReadyToSign())
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectEvents(new PerjanjianKinerjaSigned(PK, 0, JANUARY_31, "Mangupura", KEPALA_DINAS, BUPATI));
    }

    @Test
    void a_pk_is_signed_in_its_year_or_the_year_before() {
        fixture.given(BadungPk.draftReadyToSign())
                .when(sign(LocalDate.of(2021, 12, 31), KEPALA_DINAS, BUPATI))
                .expectException(violates("signed-on-year", "signedOn"))
                .expectNoEvents();
        fixture.given(BadungPk.draftReadyToSign())
                .when(sign(LocalDate.of(2024, 1, 2), KEPALA_DINAS, BUPATI))
                .expectException(violates("signed-on-year", "signedOn"));
        fixture.given(BadungPk.draftReadyToSign())
                .when(sign(LocalDate.of(2022, 12, 20), KEPALA_DINAS, BUPATI))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_pk_is_not_signed_ahead_of_time() {
        fixture.givenCurrentTime(Instant.parse("2023-01-15T02:00:00Z"))
                .andGiven(BadungPk.draftReadyToSign())
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectException(violates("signed-on-future", "signedOn"));
    }

    @Test
    void both_parties_are_named_with_their_position() {
        fixture.given(BadungPk.draftReadyToSign())
                .when(sign(JANUARY_31, null, BUPATI))
                .expectException(violates("required", "pihakPertama"));
        fixture.given(BadungPk.draftReadyToSign())
                .when(sign(JANUARY_31, KEPALA_DINAS, new Signatory("I Nyoman Giri Prasta", " ", null, null)))
                .expectException(violates("required", "pihakKedua.position"));
        fixture.given(BadungPk.draftReadyToSign())
                .when(new SignPerjanjianKinerja(PK, JANUARY_31, " ", KEPALA_DINAS, BUPATI))
                .expectException(violates("required", "place"));
    }

    @Test
    void every_sasaran_indicator_has_a_target_before_signing() {
        List<Object> withoutTargets = new ArrayList<>(BadungPk.draftStructure());
        withoutTargets.add(BadungPk.draftReadyToSign().get(BadungPk.draftReadyToSign().size() - 1));
        fixture.given(withoutTargets)
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectException(violates("target-missing", null));
    }

    @Test
    void every_sub_kegiatan_has_a_pagu_before_signing() {
        List<Object> withoutPagu = new ArrayList<>(BadungPk.draftReadyToSign());
        withoutPagu.remove(withoutPagu.size() - 1);
        fixture.given(withoutPagu)
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectException(violates("pagu-missing", null));
    }

    @Test
    void every_program_has_a_kegiatan_and_every_kegiatan_a_sub_kegiatan() {
        List<Object> incomplete = new ArrayList<>(BadungPk.draftReadyToSign());
        incomplete.add(new KegiatanAdded(PK, new Kegiatan("P01.K2", "P01", "Kegiatan tanpa sub kegiatan", List.of())));
        fixture.given(incomplete)
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectException(violates("cascade-incomplete", null));
        List<Object> complete = new ArrayList<>(incomplete);
        complete.add(new SubKegiatanAdded(PK, new SubKegiatan("P01.K2.S1", "P01.K2", "Sub kegiatan", List.of())));
        complete.add(new id.kinerja.api.pk.PaguSet(PK, "P01.K2.S1", id.kinerja.api.common.Rupiah.of(612_123), null));
        fixture.given(complete)
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_pk_is_signed_once_then_changes_through_pk_perubahan() {
        fixture.given(BadungPk.signed())
                .when(sign(JANUARY_31, KEPALA_DINAS, BUPATI))
                .expectException(violates("pk-already-signed", null));
    }

    private static SignPerjanjianKinerja sign(LocalDate on, Signatory first, Signatory second) {
        return new SignPerjanjianKinerja(PK, on, "Mangupura", first, second);
    }
}
