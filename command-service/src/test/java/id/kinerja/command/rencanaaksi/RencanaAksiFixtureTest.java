package id.kinerja.command.rencanaaksi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Predikat;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.rencanaaksi.RencanaAnggaranSet;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import id.kinerja.api.rencanaaksi.SetRencanaAnggaran;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static id.kinerja.api.common.Periode.TW3;
import static id.kinerja.api.common.Periode.TW4;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * Rencana Aksi (002): the annual target broken into quarters or months, which must agree with it under the
 * indicator's kind — summed, cumulative, a level, or averaged — and the monthly budget plan, which adds up to
 * the pagu.
 */
class RencanaAksiFixtureTest {

    private static final String KABID = "Kepala Bidang Perdagangan";

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void quarters_of_a_summed_indicator_add_up_to_the_annual_target() {
        List<PeriodTarget> uttp = quarters("70", "585", "120", "170");
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", uttp, KABID, null))
                .expectEvents(new RencanaAksiSet(PK, "SK-1", uttp, KABID, null, 0));
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", quarters("70", "585", "120", "160"), KABID, null))
                .expectException(violates("rencana-aksi-disagrees", "targets"))
                .expectNoEvents();
    }

    @Test
    void a_cumulative_indicator_ends_on_the_annual_target_and_never_goes_down() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-2", quarters("39", "78", "117", "156"), KABID, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-2", quarters("39", "30", "117", "156"), KABID, null))
                .expectException(violates("cumulative-decreasing", "targets"));
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-2", quarters("39", "78", "117", "150"), KABID, null))
                .expectException(violates("rencana-aksi-disagrees", "targets"));
    }

    @Test
    void a_level_indicator_ends_on_the_annual_target_and_a_quarter_may_have_none() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "IKU-1.1", quarters(null, "7.00", null, "7.00"), KABID, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "IKU-1.1", quarters("7.00", "7.00", "7.00", "6.50"), KABID, null))
                .expectException(violates("rencana-aksi-disagrees", "targets"));
    }

    @Test
    void an_averaged_indicator_averages_to_the_annual_target() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-3", quarters("85.00", "90.00", "92.00", "93.00"), KABID, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-3", quarters("85.00", "90.00", "92.00", "90.00"), KABID, null))
                .expectException(violates("rencana-aksi-disagrees", "targets"));
    }

    @Test
    void months_are_planned_like_quarters_but_never_mixed_with_them() {
        List<PeriodTarget> months = new ArrayList<>();
        for (Periode month : Periode.all(Periode.Granularity.BULAN)) {
            months.add(new PeriodTarget(month, Nilai.of(month == Periode.DES ? "87" : "78")));
        }
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", months, KABID, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", List.of(new PeriodTarget(TW1, Nilai.of("900")),
                        new PeriodTarget(Periode.DES, Nilai.of("45"))), KABID, null))
                .expectException(violates("period-mixed", "targets[1].period"));
    }

    @Test
    void the_year_and_duplicate_periods_are_not_rencana_aksi() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", List.of(new PeriodTarget(Periode.TAHUN, Nilai.of("945"))),
                        KABID, null))
                .expectException(violates("period-granularity", "targets[0].period"));
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", List.of(new PeriodTarget(TW1, Nilai.of("500")),
                        new PeriodTarget(TW1, Nilai.of("445"))), KABID, null))
                .expectException(violates("period-duplicate", "targets[1].period"));
    }

    @Test
    void a_predikat_indicator_is_planned_in_grades() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "IKU-4.2", List.of(new PeriodTarget(TW4, Nilai.of(Predikat.BB))),
                        "Sekretaris Dinas", null))
                .expectSuccessfulHandlerExecution();
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "IKU-4.2", List.of(new PeriodTarget(TW4, Nilai.of("82"))),
                        "Sekretaris Dinas", null))
                .expectException(violates("value-scale", "targets[0].target"));
    }

    @Test
    void a_rencana_aksi_names_the_official_responsible_and_needs_a_signed_pk() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", quarters("70", "585", "120", "170"), " ", null))
                .expectException(violates("required", "responsible"));
        fixture.given(BadungPk.draftReadyToSign())
                .when(new SetRencanaAksi(PK, "SK-1", quarters("70", "585", "120", "170"), KABID, null))
                .expectException(violates("pk-not-signed", null));
    }

    @Test
    void replacing_a_rencana_aksi_takes_a_reason_and_repeating_it_changes_nothing() {
        List<Object> planned = new ArrayList<>(BadungPk.signed());
        planned.add(new RencanaAksiSet(PK, "SK-1", quarters("70", "585", "120", "170"), KABID, null, 0));
        fixture.given(planned)
                .when(new SetRencanaAksi(PK, "SK-1", quarters("70", "585", "120", "170"), KABID, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(planned)
                .when(new SetRencanaAksi(PK, "SK-1", quarters("100", "555", "120", "170"), KABID, null))
                .expectException(violates("reason-required", "reason"));
        fixture.given(planned)
                .when(new SetRencanaAksi(PK, "SK-1", quarters("100", "555", "120", "170"), KABID, "Jadwal tera ulang"))
                .expectEvents(new RencanaAksiSet(PK, "SK-1", quarters("100", "555", "120", "170"), KABID,
                        "Jadwal tera ulang", 0));
    }

    @Test
    void the_monthly_budget_plan_adds_up_to_the_pagu() {
        List<MonthlyAmount> plan = List.of(new MonthlyAmount(Periode.MAR, Rupiah.of(1_000_000)),
                new MonthlyAmount(Periode.JUN, Rupiah.of(1_574_497)));
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAnggaran(PK, "P01.K1.S1", plan, null))
                .expectEvents(new RencanaAnggaranSet(PK, "P01.K1.S1", plan, null, 0));
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAnggaran(PK, "P01.K1.S1", List.of(new MonthlyAmount(Periode.MAR,
                        Rupiah.of(1_000_000))), null))
                .expectException(violates("rencana-anggaran-disagrees", "plan"));
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAnggaran(PK, "P01.K1.S1", List.of(new MonthlyAmount(TW2, BadungPk.PAGU_P01)), null))
                .expectException(violates("period-month", "plan"));
    }

    private static List<PeriodTarget> quarters(String... values) {
        Periode[] periods = {TW1, TW2, TW3, TW4};
        return Arrays.stream(new int[]{0, 1, 2, 3})
                .mapToObj(i -> new PeriodTarget(periods[i], values[i] == null ? null : Nilai.of(values[i]))).toList();
    }
}
