package id.kinerja.command.shared;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.dokumen.FigureKind;
import id.kinerja.api.dokumen.RecordStatedFigure;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguChange;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.pk.SetTarget;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetChange;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import id.kinerja.api.rencanaaksi.SetRencanaAnggaran;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.kinerja.command.pk.BadungPk.BUPATI;
import static id.kinerja.command.pk.BadungPk.KEPALA_DINAS;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * Every bound of docs/batas-nilai.md as a rule of the aggregates, one per test: a value outside its unit's range or
 * precision, money that is negative or beyond Rp 100 triliun, a PK whose total passes Rp 1.000 triliun. Badung's
 * PK: IKU-1.1 in %, SK-1 counts UTTP, P01-I1 is a growth formula in %; each test adds what else it needs.
 */
class BatasFixtureTest {

    private static final Indicator AKIP_NILAI = new Indicator("IKU-4.3", "Nilai AKIP", "nilai",
            Polarity.HIGHER_IS_BETTER, PeriodCombination.LEVEL, Scale.ANGKA, null);
    private static final Indicator NILAI_EKSPOR = new Indicator("SK-9", "Nilai ekspor", "Rp",
            Polarity.HIGHER_IS_BETTER, PeriodCombination.SUM, Scale.ANGKA, null);
    private static final Rupiah SERATUS_TRILIUN = Rupiah.of(Batas.RUPIAH_TERBESAR);

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_percentage_lies_between_minus_and_plus_a_hundred_thousand() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of("100000.01")))
                .expectException(violates("value-out-of-range", "target")).expectNoEvents();
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of("-100000.01")))
                .expectException(violates("value-out-of-range", "target")).expectNoEvents();
        // A growth may be negative: 003 reports nilai ekspor −11,15 %.
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "P01-I1", Nilai.of("-11.15")))
                .expectEvents(new TargetSet(PK, "P01-I1", Nilai.of("-11.15"), null));
    }

    @Test
    void a_percentage_has_at_most_four_decimals() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of("7.12345")))
                .expectException(violates("too-many-decimals", "target")).expectNoEvents();
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "IKU-1.1", Nilai.of("7.1234")))
                .expectEvents(new TargetSet(PK, "IKU-1.1", Nilai.of("7.1234"), null));
    }

    @Test
    void a_count_is_never_negative() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "SK-1", Nilai.of("-1")))
                .expectException(violates("value-negative", "target")).expectNoEvents();
    }

    @Test
    void a_count_is_at_most_a_thousand_trillion() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetTarget(PK, "SK-1", Nilai.of("1000000000000001")))
                .expectException(violates("value-out-of-range", "target")).expectNoEvents();
    }

    @Test
    void an_index_or_score_lies_between_minus_and_plus_a_million() {
        fixture.given(with(AKIP_NILAI))
                .when(new SetTarget(PK, "IKU-4.3", Nilai.of("1000001")))
                .expectException(violates("value-out-of-range", "target")).expectNoEvents();
        fixture.given(with(AKIP_NILAI))
                .when(new SetTarget(PK, "IKU-4.3", Nilai.of("62.55")))
                .expectEvents(new TargetSet(PK, "IKU-4.3", Nilai.of("62.55"), null));
    }

    @Test
    void a_rupiah_valued_indicator_is_never_negative_and_has_at_most_two_decimals() {
        fixture.given(with(NILAI_EKSPOR))
                .when(new SetTarget(PK, "SK-9", Nilai.of("-5")))
                .expectException(violates("value-negative", "target"));
        fixture.given(with(NILAI_EKSPOR))
                .when(new SetTarget(PK, "SK-9", Nilai.of("12303147161074.705")))
                .expectException(violates("too-many-decimals", "target"));
    }

    @Test
    void a_pagu_is_at_most_a_hundred_trillion_rupiah() {
        fixture.given(BadungPk.draftStructure())
                .when(new SetPagu(PK, "P01.K1.S1", Rupiah.of(Batas.RUPIAH_TERBESAR + 1)))
                .expectException(violates("amount-too-large", "pagu")).expectNoEvents();
        fixture.given(BadungPk.draftStructure())
                .when(new SetPagu(PK, "P01.K1.S1", SERATUS_TRILIUN))
                .expectEvents(new PaguSet(PK, "P01.K1.S1", SERATUS_TRILIUN, null));
    }

    @Test
    void a_pk_totals_at_most_a_thousand_trillion_rupiah() {
        List<Object> given = new ArrayList<>(BadungPk.draftStructure());
        for (int i = 2; i <= 11; i++) {
            String code = "P01.K1.S" + i;
            given.add(new SubKegiatanAdded(PK, new SubKegiatan(code, "P01.K1", "Sub kegiatan " + i, List.of())));
            given.add(new PaguSet(PK, code, SERATUS_TRILIUN, null));
        }
        fixture.given(given)
                .when(new SetPagu(PK, "P01.K1.S1", Rupiah.of(1)))
                .expectException(violates("pagu-total-too-large", "pagu")).expectNoEvents();
    }

    @Test
    void a_realisasi_beyond_its_unit_is_refused_however_it_is_written() {
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasi(PK, "IKU-1.1", Periode.TW1, Nilai.of("1E+309"), null, null, null))
                .expectException(violates("value-out-of-range", "value")).expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasi(PK, "SK-1", Periode.TW1, Nilai.of("12.00001"), null, null, null))
                .expectException(violates("too-many-decimals", "value")).expectNoEvents();
    }

    @Test
    void a_correction_beyond_its_unit_is_refused() {
        List<Object> recorded = new ArrayList<>(BadungPk.signed());
        recorded.add(new RealisasiRecorded(PK, "IKU-1.1", Periode.TW1, Nilai.of("7.56"), null, Map.of(), null,
                null));
        fixture.given(recorded)
                .when(new CorrectRealisasi(PK, "IKU-1.1", Periode.TW1, Nilai.of("1E+309"), null, null, "salah"))
                .expectException(violates("value-out-of-range", "value")).expectNoEvents();
    }

    @Test
    void a_printed_value_kept_beside_a_realisasi_obeys_the_same_bounds() {
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasi(PK, "IKU-1.1", Periode.TW1, Nilai.of("7.56"), null, null,
                        Nilai.of("-1E+40")))
                .expectException(violates("value-out-of-range", "statedValue")).expectNoEvents();
    }

    @Test
    void a_formula_component_lies_within_a_billion_billion() {
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasi(PK, "P01-I1", Periode.TAHUN, null, null, Map.of(
                        "nilai_tahun_ini", new BigDecimal("2E+18"), "nilai_tahun_lalu", BigDecimal.ONE), null))
                .expectException(violates("value-out-of-range", "components.nilai_tahun_ini")).expectNoEvents();
    }

    @Test
    void a_value_computed_from_its_components_obeys_the_indicators_bounds() {
        // (1.000.000 − 1) / 1 × 100 % = 99.999.900 %: far beyond any growth.
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasi(PK, "P01-I1", Periode.TAHUN, null, null, Map.of(
                        "nilai_tahun_ini", new BigDecimal("1000000"), "nilai_tahun_lalu", BigDecimal.ONE), null))
                .expectException(violates("value-out-of-range", "components")).expectNoEvents();
    }

    @Test
    void a_budget_realisation_and_its_correction_are_at_most_a_hundred_trillion_rupiah() {
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.JAN,
                        Rupiah.of(Batas.RUPIAH_TERBESAR + 1)))
                .expectException(violates("amount-too-large", "amount")).expectNoEvents();
        List<Object> spent = new ArrayList<>(BadungPk.signed());
        spent.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.JAN, Rupiah.of(1_000)));
        fixture.given(spent)
                .when(new CorrectRealisasiAnggaran(PK, "P01.K1.S1", Periode.JAN, Rupiah.of(Long.MAX_VALUE), "x"))
                .expectException(violates("amount-too-large", "amount")).expectNoEvents();
    }

    @Test
    void a_monthly_budget_plan_line_is_at_most_a_hundred_trillion_rupiah() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAnggaran(PK, "P01.K1.S1", List.of(
                        new MonthlyAmount(Periode.JAN, Rupiah.of(Batas.RUPIAH_TERBESAR + 1)),
                        new MonthlyAmount(Periode.FEB, Rupiah.of(-Batas.RUPIAH_TERBESAR))), null))
                .expectException(violates("amount-too-large", "plan[0].amount")).expectNoEvents();
    }

    @Test
    void a_rencana_aksi_period_target_obeys_its_indicators_bounds() {
        fixture.given(BadungPk.signed())
                .when(new SetRencanaAksi(PK, "SK-1", List.of(new PeriodTarget(Periode.TW1, Nilai.of("-70")),
                        new PeriodTarget(Periode.TW2, Nilai.of("1015"))), "Kabid Perdagangan", null))
                .expectException(violates("value-negative", "targets[0].target")).expectNoEvents();
    }

    @Test
    void an_amendment_obeys_the_same_bounds_for_targets_and_pagu() {
        fixture.given(BadungPk.signed())
                .when(amend(List.of(new TargetChange("IKU-1.1", Nilai.of("7.000001"))), List.of()))
                .expectException(violates("too-many-decimals", "targets[0].target")).expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(amend(List.of(), List.of(new PaguChange("P01.K1.S1", Rupiah.of(Batas.RUPIAH_TERBESAR + 1)))))
                .expectException(violates("amount-too-large", "pagu[0].pagu")).expectNoEvents();
    }

    @Test
    void a_printed_amount_of_money_is_whole_rupiah_and_not_negative() {
        fixture.given(BadungPk.signed())
                .when(figure(FigureKind.PAGU_TOTAL, null, new BigDecimal("19878378920.50")))
                .expectException(violates("amount-not-whole", "value")).expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(figure(FigureKind.PAGU_PROGRAM, "P01", new BigDecimal("-2574497")))
                .expectException(violates("amount-negative", "value")).expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(figure(FigureKind.PAGU_TOTAL, null, new BigDecimal("1E+16")))
                .expectException(violates("amount-too-large", "value")).expectNoEvents();
    }

    @Test
    void a_printed_target_or_capaian_obeys_the_bounds_of_what_it_is() {
        fixture.given(BadungPk.signed())
                .when(figure(FigureKind.TARGET, "SK-1", new BigDecimal("-945")))
                .expectException(violates("value-negative", "value")).expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.CAPAIAN, "IKU-1.1", Periode.TAHUN, null,
                        new BigDecimal("1E+309"), "Tabel 3.1"))
                .expectException(violates("value-out-of-range", "value")).expectNoEvents();
    }

    private List<Object> with(Indicator indicator) {
        List<Object> given = new ArrayList<>(BadungPk.draftStructure());
        given.add(new ProgramAdded(PK, new Program("P02", "S1", "Program Pengembangan Ekspor", List.of(indicator))));
        given.add(new KegiatanAdded(PK, new Kegiatan("P02.K1", "P02", "Penyelenggaraan Promosi Dagang", List.of())));
        return given;
    }

    private AmendPerjanjianKinerja amend(List<TargetChange> targets, List<PaguChange> pagu) {
        return new AmendPerjanjianKinerja(PK, AlasanPerubahan.PERUBAHAN_PRIORITAS_ASUMSI, "rasionalisasi",
                LocalDate.of(2023, 9, 22), LocalDate.of(2023, 9, 22), "Mangupura", KEPALA_DINAS, BUPATI, List.of(),
                List.of(), List.of(), targets, pagu);
    }

    private RecordStatedFigure figure(FigureKind kind, String key, BigDecimal value) {
        return new RecordStatedFigure(PK, kind, key, null, 0, value, "Lampiran PK");
    }
}
