package id.kinerja.command.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguChange;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetChange;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.kinerja.api.pk.AlasanPerubahan.PERGANTIAN_PEJABAT;
import static id.kinerja.api.pk.AlasanPerubahan.PERUBAHAN_PRIORITAS_ASUMSI;
import static id.kinerja.api.pk.AlasanPerubahan.PERUBAHAN_STRATEGI;
import static id.kinerja.command.pk.BadungPk.BUPATI;
import static id.kinerja.command.pk.BadungPk.KEPALA_DINAS;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * PK Perubahan (Badung, 22 September 2023): a signed PK changes only with an allowed reason, an effective date,
 * both signatories and what changes; each amendment is a new revision that states every line before and after.
 */
class PerubahanFixtureTest {

    private static final LocalDate SEPTEMBER_22 = LocalDate.of(2023, 9, 22);
    private static final Kegiatan KANTOR_CABANG = new Kegiatan("P01.K2", "P01",
            "Penerbitan Izin Pembukaan Kantor Cabang Koperasi Simpan Pinjam", List.of());
    private static final SubKegiatan FASILITASI_KANTOR_CABANG = new SubKegiatan("P01.K2.S1", "P01.K2",
            "Fasilitasi Pemenuhan Izin Pembukaan Kantor Cabang", List.of());

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void an_amendment_is_a_new_revision_with_every_changed_line_before_and_after() {
        fixture.given(BadungPk.signed())
                .when(amend(PERUBAHAN_PRIORITAS_ASUMSI, SEPTEMBER_22, List.of(KANTOR_CABANG),
                        List.of(FASILITASI_KANTOR_CABANG),
                        List.of(new TargetChange("SK-1", Nilai.of("950"))),
                        List.of(new PaguChange("P01.K2.S1", Rupiah.of(612_123)))))
                .expectEvents(new PerjanjianKinerjaAmended(PK, 1, PERUBAHAN_PRIORITAS_ASUMSI,
                        "Penyesuaian dengan APBD Perubahan 2023", SEPTEMBER_22, SEPTEMBER_22, "Mangupura",
                        KEPALA_DINAS, BUPATI, List.of(), List.of(KANTOR_CABANG), List.of(FASILITASI_KANTOR_CABANG),
                        List.of(new TargetAmendment("SK-1", Nilai.of("945"), Nilai.of("950"))),
                        List.of(new PaguAmendment("P01.K2.S1", null, Rupiah.of(612_123)))));
    }

    @Test
    void the_second_amendment_is_revision_2() {
        List<Object> amendedOnce = amendedOnce();
        fixture.given(amendedOnce)
                .when(pagu(PERUBAHAN_PRIORITAS_ASUMSI, SEPTEMBER_22, 3_186_620))
                .expectEvents(new PerjanjianKinerjaAmended(PK, 2, PERUBAHAN_PRIORITAS_ASUMSI,
                        "Penyesuaian dengan APBD Perubahan 2023", SEPTEMBER_22, SEPTEMBER_22, "Mangupura",
                        KEPALA_DINAS, BUPATI, List.of(), List.of(), List.of(), List.of(),
                        List.of(new PaguAmendment("P01.K1.S1", Rupiah.of(3_000_000), Rupiah.of(3_186_620)))));
        fixture.given(amendedOnce)
                .when(pagu(PERUBAHAN_PRIORITAS_ASUMSI, LocalDate.of(2023, 5, 31), 3_186_620))
                .expectException(violates("effective-date-order", "effectiveDate"));
    }

    @Test
    void a_perubahan_prepared_against_a_revision_since_amended_is_refused_as_a_concurrent_change() {
        List<Object> amendedOnce = amendedOnce();
        AmendPerjanjianKinerja againstInduk = amending(0);
        fixture.given(amendedOnce)
                .when(againstInduk)
                .expectException(violates("concurrent-change", "amends")).expectNoEvents();
        fixture.given(amendedOnce)
                .when(amending(1))
                .expectSuccessfulHandlerExecution();
    }

    /** Badung's PK with a first Perubahan (1 June 2023) raising P01.K1.S1's pagu to Rp 3.000.000. */
    private static List<Object> amendedOnce() {
        List<Object> events = new ArrayList<>(BadungPk.signed());
        events.add(new PerjanjianKinerjaAmended(PK, 1, PERUBAHAN_STRATEGI, "Perubahan strategi",
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1), "Mangupura", KEPALA_DINAS, BUPATI, List.of(),
                List.of(), List.of(), List.of(), List.of(new PaguAmendment("P01.K1.S1", BadungPk.PAGU_P01,
                Rupiah.of(3_000_000)))));
        return events;
    }

    private static AmendPerjanjianKinerja amending(int revision) {
        AmendPerjanjianKinerja change = pagu(PERUBAHAN_PRIORITAS_ASUMSI, SEPTEMBER_22, 3_186_620);
        return new AmendPerjanjianKinerja(change.pk(), change.reason(), change.explanation(), change.effectiveDate(),
                change.signedOn(), change.place(), change.pihakPertama(), change.pihakKedua(), change.newPrograms(),
                change.newKegiatan(), change.newSubKegiatan(), change.targets(), change.pagu(), revision);
    }

    @Test
    void only_a_signed_pk_is_amended() {
        fixture.given(BadungPk.draftReadyToSign())
                .when(pagu(PERUBAHAN_PRIORITAS_ASUMSI, SEPTEMBER_22, 3_186_620))
                .expectException(violates("pk-not-signed", null));
    }

    @Test
    void an_amendment_gives_a_reason_and_explains_it() {
        fixture.given(BadungPk.signed())
                .when(pagu(null, SEPTEMBER_22, 3_186_620))
                .expectException(violates("required", "reason"));
        fixture.given(BadungPk.signed())
                .when(new AmendPerjanjianKinerja(PK, PERUBAHAN_STRATEGI, " ", SEPTEMBER_22, SEPTEMBER_22, "Mangupura",
                        KEPALA_DINAS, BUPATI, null, null, null, null, List.of(new PaguChange("P01.K1.S1",
                        Rupiah.of(3_186_620)))))
                .expectException(violates("required", "explanation"));
    }

    @Test
    void an_amendment_takes_effect_within_the_pk_year() {
        fixture.given(BadungPk.signed())
                .when(pagu(PERUBAHAN_PRIORITAS_ASUMSI, LocalDate.of(2024, 1, 2), 3_186_620))
                .expectException(violates("effective-date-year", "effectiveDate"));
    }

    @Test
    void an_amendment_is_not_signed_before_the_revision_it_amends() {
        fixture.given(BadungPk.signed())
                .when(new AmendPerjanjianKinerja(PK, PERUBAHAN_STRATEGI, "Perubahan strategi", SEPTEMBER_22,
                        LocalDate.of(2023, 1, 2), "Mangupura", KEPALA_DINAS, BUPATI, null, null, null, null,
                        List.of(new PaguChange("P01.K1.S1", Rupiah.of(3_186_620)))))
                .expectException(violates("signed-on-order", "signedOn"));
    }

    @Test
    void a_change_of_official_names_a_different_official() {
        fixture.given(BadungPk.signed())
                .when(new AmendPerjanjianKinerja(PK, PERGANTIAN_PEJABAT, "Pergantian Kepala Dinas", SEPTEMBER_22,
                        SEPTEMBER_22, "Mangupura", KEPALA_DINAS, BUPATI, null, null, null, null, null))
                .expectException(violates("official-unchanged", "pihakPertama"));
        Signatory plt = new Signatory("Ni Made Sudarmini", "Plt. Kepala Dinas Koperasi, UKM dan Perdagangan", null, null);
        fixture.given(BadungPk.signed())
                .when(new AmendPerjanjianKinerja(PK, PERGANTIAN_PEJABAT, "Pergantian Kepala Dinas", SEPTEMBER_22,
                        SEPTEMBER_22, "Mangupura", plt, BUPATI, null, null, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_amendment_for_other_reasons_changes_something() {
        fixture.given(BadungPk.signed())
                .when(pagu(PERUBAHAN_STRATEGI, SEPTEMBER_22, 2_574_497))
                .expectException(violates("amendment-empty", "targets"));
    }

    @Test
    void each_line_is_changed_once_and_belongs_to_the_pk() {
        fixture.given(BadungPk.signed())
                .when(amend(PERUBAHAN_STRATEGI, SEPTEMBER_22, List.of(), List.of(), List.of(),
                        List.of(new PaguChange("P01.K1.S1", Rupiah.of(1)), new PaguChange("P01.K1.S1", Rupiah.of(2)))))
                .expectException(violates("duplicate-change", "pagu[1].subKegiatanCode"));
        fixture.given(BadungPk.signed())
                .when(amend(PERUBAHAN_STRATEGI, SEPTEMBER_22, List.of(), List.of(),
                        List.of(new TargetChange("IKU-9.9", Nilai.of("1"))), List.of()))
                .expectException(violates("indicator-unknown", "targets[0].indicatorCode"));
        fixture.given(BadungPk.signed())
                .when(amend(PERUBAHAN_STRATEGI, SEPTEMBER_22, List.of(), List.of(),
                        List.of(new TargetChange("IKU-1.1", Nilai.of(id.kinerja.api.common.Predikat.A))), List.of()))
                .expectException(violates("value-scale", "targets[0].target"));
    }

    @Test
    void a_new_sub_kegiatan_gets_its_pagu_in_the_same_amendment() {
        fixture.given(BadungPk.signed())
                .when(amend(PERUBAHAN_STRATEGI, SEPTEMBER_22, List.of(KANTOR_CABANG), List.of(FASILITASI_KANTOR_CABANG),
                        List.of(), List.of()))
                .expectException(violates("pagu-missing", "pagu"));
        fixture.given(BadungPk.signed())
                .when(amend(PERUBAHAN_STRATEGI, SEPTEMBER_22, List.of(KANTOR_CABANG), List.of(), List.of(), List.of()))
                .expectException(violates("cascade-incomplete", "newKegiatan"));
    }

    @Test
    void pagu_is_not_cut_below_what_was_already_spent() {
        List<Object> spent = new ArrayList<>(BadungPk.signed());
        spent.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.JAN, Rupiah.of(2_000_000)));
        fixture.given(spent)
                .when(pagu(PERUBAHAN_STRATEGI, SEPTEMBER_22, 1_500_000))
                .expectException(violates("pagu-below-realisasi", "pagu[0].pagu"));
    }

    private static AmendPerjanjianKinerja pagu(AlasanPerubahan reason, LocalDate effective, long amount) {
        return new AmendPerjanjianKinerja(PK, reason, "Penyesuaian dengan APBD Perubahan 2023", effective,
                SEPTEMBER_22, "Mangupura", KEPALA_DINAS, BUPATI, null, null, null, null,
                List.of(new PaguChange("P01.K1.S1", Rupiah.of(amount))));
    }

    private static AmendPerjanjianKinerja amend(AlasanPerubahan reason, LocalDate effective, List<Kegiatan> kegiatan,
                                                List<SubKegiatan> subKegiatan, List<TargetChange> targets,
                                                List<PaguChange> pagu) {
        return new AmendPerjanjianKinerja(PK, reason, "Penyesuaian dengan APBD Perubahan 2023", effective,
                SEPTEMBER_22, "Mangupura", KEPALA_DINAS, BUPATI, List.of(), kegiatan, subKegiatan, targets, pagu);
    }
}
