package id.kinerja.command.shared;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.FormulaKind;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.renstra.RecordRealisasiTahunan;
import id.kinerja.api.renstra.RenstraDeclared;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SasaranStrategisAdded;
import id.kinerja.api.renstra.SetRenstraEndTarget;
import id.kinerja.api.renstra.SetRenstraTarget;
import id.kinerja.api.renstra.SetStandarNasional;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.api.renstra.TujuanAdded;
import id.kinerja.command.renstra.Renstra;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kinerja.command.pk.BadungPk.RENSTRA;
import static id.kinerja.command.shared.Violations.violates;

/** The bounds of docs/batas-nilai.md for the values of a Renstra: targets, earlier years' realisasi, standar nasional. */
class BatasRenstraFixtureTest {

    private final Indicator kontribusi = new Indicator("IKU-3", "Kontribusi sektor perdagangan", "%",
            Polarity.HIGHER_IS_BETTER, PeriodCombination.LEVEL, Scale.ANGKA, null);
    private final Indicator pertumbuhan = new Indicator("IKU-4", "Pertumbuhan PDRB", "%",
            Polarity.HIGHER_IS_BETTER, PeriodCombination.LEVEL, Scale.ANGKA, FormulaKind.PERTUMBUHAN);
    private FixtureConfiguration<Renstra> fixture;
    private Object[] given;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Renstra.class);
        given = new Object[]{new RenstraDeclared(RENSTRA),
                new TujuanAdded(RENSTRA, new Tujuan("T1", "Meningkatnya perekonomian daerah", List.of())),
                new SasaranStrategisAdded(RENSTRA, new SasaranStrategis("S1", "T1",
                        "Meningkatnya kontribusi sektor perdagangan", List.of(kontribusi, pertumbuhan)))};
    }

    @Test
    void a_yearly_renstra_target_obeys_its_indicators_bounds() {
        fixture.given(given)
                .when(new SetRenstraTarget(RENSTRA, "IKU-3", 2023, Nilai.of("1E+309"), null))
                .expectException(violates("value-out-of-range", "target")).expectNoEvents();
    }

    @Test
    void an_end_of_period_target_obeys_its_indicators_bounds() {
        fixture.given(given)
                .when(new SetRenstraEndTarget(RENSTRA, "IKU-3", Nilai.of("5.123456"), null))
                .expectException(violates("too-many-decimals", "target")).expectNoEvents();
    }

    @Test
    void an_earlier_years_realisasi_obeys_its_indicators_bounds() {
        fixture.given(given)
                .when(new RecordRealisasiTahunan(RENSTRA, "IKU-4", 2022, Nilai.of("-100001"), "LKjIP 2022", null))
                .expectException(violates("value-out-of-range", "value")).expectNoEvents();
    }

    @Test
    void a_national_standard_obeys_its_indicators_bounds() {
        fixture.given(given)
                .when(new SetStandarNasional(RENSTRA, "IKU-3", 2023, Nilai.of("100000.5"), "BPS", null))
                .expectException(violates("value-out-of-range", "value")).expectNoEvents();
    }
}
