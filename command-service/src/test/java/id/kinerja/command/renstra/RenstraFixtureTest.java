package id.kinerja.command.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;
import id.kinerja.api.indikator.FormulaKind;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.renstra.AddSasaranStrategis;
import id.kinerja.api.renstra.AddTujuan;
import id.kinerja.api.renstra.RealisasiTahunanRecorded;
import id.kinerja.api.renstra.RecordRealisasiTahunan;
import id.kinerja.api.renstra.RenstraDeclared;
import id.kinerja.api.renstra.RenstraEndTargetSet;
import id.kinerja.api.renstra.RenstraTargetSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SasaranStrategisAdded;
import id.kinerja.api.renstra.SetRenstraEndTarget;
import id.kinerja.api.renstra.SetRenstraTarget;
import id.kinerja.api.renstra.SetStandarNasional;
import id.kinerja.api.renstra.StandarNasionalSet;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.api.renstra.TujuanAdded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kinerja.command.pk.BadungPk.KOPERASI_SEHAT;
import static id.kinerja.command.pk.BadungPk.RENSTRA;
import static id.kinerja.command.shared.Violations.violates;

/** The Renstra 2021–2026 of Badung's Dinas Koperasi: tujuan, sasaran, their indicators and targets. */
class RenstraFixtureTest {

    private static final Tujuan T1 = new Tujuan("T1", "Meningkatnya perekonomian daerah", List.of());
    private static final SasaranStrategis S1 = new SasaranStrategis("S1", "T1",
            "Meningkatnya Jumlah Koperasi Sehat dan Aktif", List.of(KOPERASI_SEHAT));

    private FixtureConfiguration<Renstra> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Renstra.class);
    }

    @Test
    void tujuan_and_sasaran_are_added_once_each_under_known_parents() {
        fixture.given(new RenstraDeclared(RENSTRA))
                .when(new AddTujuan(RENSTRA, T1))
                .expectEvents(new TujuanAdded(RENSTRA, T1));
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1))
                .when(new AddTujuan(RENSTRA, T1))
                .expectException(violates("code-taken", "code"));
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1))
                .when(new AddSasaranStrategis(RENSTRA, S1))
                .expectEvents(new SasaranStrategisAdded(RENSTRA, S1));
        fixture.given(new RenstraDeclared(RENSTRA))
                .when(new AddSasaranStrategis(RENSTRA, S1))
                .expectException(violates("tujuan-unknown", "tujuanCode"));
    }

    @Test
    void an_indicator_has_a_unit_a_polarity_a_combination_and_a_scale() {
        Indicator noUnit = new Indicator("IKU-1.2", "Persentase Koperasi Aktif", " ", Polarity.HIGHER_IS_BETTER,
                PeriodCombination.LEVEL, Scale.ANGKA, null);
        Indicator noCombination = new Indicator("IKU-1.2", "Persentase Koperasi Aktif", "%",
                Polarity.HIGHER_IS_BETTER, null, Scale.ANGKA, null);
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1))
                .when(sasaran(noUnit))
                .expectException(violates("required", "indicators[0].unit"));
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1))
                .when(sasaran(noCombination))
                .expectException(violates("required", "indicators[0].combination"));
    }

    @Test
    void a_predikat_is_a_level_and_never_computed() {
        Indicator summedGrade = new Indicator("IKU-4.2", "Predikat AKIP", "predikat", Polarity.HIGHER_IS_BETTER,
                PeriodCombination.SUM, Scale.PREDIKAT, null);
        Indicator computedGrade = new Indicator("IKU-4.2", "Predikat AKIP", "predikat", Polarity.HIGHER_IS_BETTER,
                PeriodCombination.LEVEL, Scale.PREDIKAT, FormulaKind.RASIO);
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1))
                .when(sasaran(summedGrade))
                .expectException(violates("predikat-combination", "indicators[0].combination"));
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1))
                .when(sasaran(computedGrade))
                .expectException(violates("predikat-formula", "indicators[0].formula"));
    }

    @Test
    void an_indicator_code_is_used_once_in_the_renstra() {
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1), new SasaranStrategisAdded(RENSTRA, S1))
                .when(new AddSasaranStrategis(RENSTRA, new SasaranStrategis("S2", "T1", "Meningkatnya Status UMKM",
                        List.of(KOPERASI_SEHAT))))
                .expectException(violates("indicator-code-taken", "indicators[0].code"));
    }

    @Test
    void a_yearly_target_lies_in_the_period_and_changes_only_with_a_reason() {
        Object[] planned = {new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1),
                new SasaranStrategisAdded(RENSTRA, S1)};
        fixture.given(planned)
                .when(new SetRenstraTarget(RENSTRA, "IKU-1.1", 2023, Nilai.of("7.00"), null))
                .expectEvents(new RenstraTargetSet(RENSTRA, "IKU-1.1", 2023, Nilai.of("7.00"), null, null));
        fixture.given(planned)
                .when(new SetRenstraTarget(RENSTRA, "IKU-1.1", 2027, Nilai.of("7.00"), null))
                .expectException(violates("year-outside-period", "year"));
        fixture.given(planned)
                .when(new SetRenstraTarget(RENSTRA, "IKU-1.1", 2023, Nilai.of(Predikat.A), null))
                .expectException(violates("value-scale", "target"));
        fixture.given(planned).andGiven(new RenstraTargetSet(RENSTRA, "IKU-1.1", 2023, Nilai.of("7.00"), null, null))
                .when(new SetRenstraTarget(RENSTRA, "IKU-1.1", 2023, Nilai.of("8.00"), null))
                .expectException(violates("reason-required", "reason"));
        fixture.given(planned).andGiven(new RenstraTargetSet(RENSTRA, "IKU-1.1", 2023, Nilai.of("7.00"), null, null))
                .when(new SetRenstraTarget(RENSTRA, "IKU-1.1", 2023, Nilai.of("7"), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_end_of_period_target_is_set_like_a_yearly_one() {
        fixture.given(new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1), new SasaranStrategisAdded(RENSTRA, S1))
                .when(new SetRenstraEndTarget(RENSTRA, "IKU-1.1", Nilai.of("10.00"), null))
                .expectEvents(new RenstraEndTargetSet(RENSTRA, "IKU-1.1", Nilai.of("10.00"), null, null));
        fixture.given(new RenstraDeclared(RENSTRA))
                .when(new SetRenstraEndTarget(RENSTRA, "IKU-1.1", Nilai.of("10.00"), null))
                .expectException(violates("indicator-unknown", "indicatorCode"));
    }

    @Test
    void last_years_realisasi_is_recorded_from_the_kondisi_awal_on_and_changes_only_with_a_reason() {
        Object[] planned = {new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1),
                new SasaranStrategisAdded(RENSTRA, S1)};
        fixture.given(planned)
                .when(new RecordRealisasiTahunan(RENSTRA, "IKU-1.1", 2020, Nilai.of("5.10"), " LKjIP 2020 ", null))
                .expectEvents(new RealisasiTahunanRecorded(RENSTRA, "IKU-1.1", 2020, Nilai.of("5.10"), null,
                        "LKjIP 2020", null));
        fixture.given(planned)
                .when(new RecordRealisasiTahunan(RENSTRA, "IKU-1.1", 2019, Nilai.of("5.10"), null, null))
                .expectException(violates("year-outside-period", "year"));
        fixture.given(planned)
                .when(new RecordRealisasiTahunan(RENSTRA, "IKU-9", 2022, Nilai.of("5.10"), null, null))
                .expectException(violates("indicator-unknown", "indicatorCode"));
        fixture.given(planned).andGiven(new RealisasiTahunanRecorded(RENSTRA, "IKU-1.1", 2022, Nilai.of("6.00"), null,
                        null, null))
                .when(new RecordRealisasiTahunan(RENSTRA, "IKU-1.1", 2022, Nilai.of("6.50"), null, " "))
                .expectException(violates("reason-required", "reason"));
    }

    @Test
    void a_national_standard_names_its_source() {
        Object[] planned = {new RenstraDeclared(RENSTRA), new TujuanAdded(RENSTRA, T1),
                new SasaranStrategisAdded(RENSTRA, S1)};
        fixture.given(planned)
                .when(new SetStandarNasional(RENSTRA, "IKU-1.1", 2023, Nilai.of("9.00"), "RPJMN 2020–2024", null))
                .expectEvents(new StandarNasionalSet(RENSTRA, "IKU-1.1", 2023, Nilai.of("9.00"), null,
                        "RPJMN 2020–2024", null));
        fixture.given(planned)
                .when(new SetStandarNasional(RENSTRA, "IKU-1.1", 2023, Nilai.of("9.00"), " ", null))
                .expectException(violates("required", "source"));
        fixture.given(planned)
                .when(new SetStandarNasional(RENSTRA, "IKU-1.1", 2023, Nilai.of(Predikat.A), "BPS", null))
                .expectException(violates("value-scale", "value"));
        fixture.given(planned).andGiven(new StandarNasionalSet(RENSTRA, "IKU-1.1", 2023, Nilai.of("9.00"), null,
                        "BPS", null))
                .when(new SetStandarNasional(RENSTRA, "IKU-1.1", 2023, Nilai.of("9.50"), "BPS", null))
                .expectException(violates("reason-required", "reason"));
    }

    private static AddSasaranStrategis sasaran(Indicator indicator) {
        return new AddSasaranStrategis(RENSTRA, new SasaranStrategis("S2", "T1", "Meningkatnya Status UMKM",
                List.of(indicator)));
    }

}
