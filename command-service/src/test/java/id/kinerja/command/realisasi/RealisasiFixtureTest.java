package id.kinerja.command.realisasi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * Realisasi: a value per indicator and period, or pending with the reason (001's "Menunggu Rilis PDRB oleh BPS");
 * formula indicators from their components; corrections as their own facts with a reason; budget realisation
 * per sub kegiatan and month within the pagu.
 */
class RealisasiFixtureTest {

    private static final String MENUNGGU_BPS = "Menunggu Rilis PDRB oleh BPS 2024";

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_value_is_recorded_for_an_indicator_and_period() {
        fixture.given(BadungPk.signed())
                .when(record("IKU-1.1", TW1, Nilai.of("7.56"), null, null, null))
                .expectEvents(new RealisasiRecorded(PK, "IKU-1.1", TW1, Nilai.of("7.56"), null, Map.of(), null, null));
    }

    @Test
    void a_value_not_yet_published_is_pending_with_its_reason_and_recorded_later() {
        fixture.given(BadungPk.signed())
                .when(record("IKU-1.1", Periode.TAHUN, null, MENUNGGU_BPS, null, null))
                .expectEvents(new RealisasiRecorded(PK, "IKU-1.1", Periode.TAHUN, null, MENUNGGU_BPS, Map.of(), null,
                        null));
        List<Object> pending = new ArrayList<>(BadungPk.signed());
        pending.add(new RealisasiRecorded(PK, "IKU-1.1", Periode.TAHUN, null, MENUNGGU_BPS, Map.of(), null, null));
        fixture.given(pending)
                .when(record("IKU-1.1", Periode.TAHUN, Nilai.of("7.20"), null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_realisasi_is_a_value_or_pending_never_both_or_neither() {
        fixture.given(BadungPk.signed())
                .when(record("IKU-1.1", TW1, null, null, null, null))
                .expectException(violates("value-or-pending", "value"))
                .expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(record("IKU-1.1", TW1, Nilai.of("7"), MENUNGGU_BPS, null, null))
                .expectException(violates("value-or-pending", "pendingReason"));
    }

    @Test
    void a_formula_indicator_is_computed_from_its_components_and_a_printed_figure_is_kept_when_it_differs() {
        // 003: the stated figures give 10,77 %, the document prints 9,72 %.
        Map<String, BigDecimal> growth = new TreeMap<>(Map.of("nilai_tahun_ini", new BigDecimal("1234"),
                "nilai_tahun_lalu", new BigDecimal("1114")));
        fixture.given(BadungPk.signed())
                .when(record("P01-I1", Periode.TAHUN, null, null, growth, Nilai.of("9.72")))
                .expectEvents(new RealisasiRecorded(PK, "P01-I1", Periode.TAHUN, Nilai.of("10.77"), null, growth,
                        "PERTUMBUHAN@1", Nilai.of("9.72")));
        fixture.given(BadungPk.signed())
                .when(record("P01-I1", Periode.TAHUN, Nilai.of("10.77"), null, null, null))
                .expectException(violates("value-computed", "value"));
        fixture.given(BadungPk.signed())
                .when(record("P01-I1", Periode.TAHUN, null, null, Map.of("nilai_tahun_ini", BigDecimal.ONE), null))
                .expectException(violates("components-invalid", "components"));
        fixture.given(BadungPk.signed())
                .when(record("IKU-1.1", TW1, Nilai.of("7"), null, Map.of("pembilang", BigDecimal.ONE), null))
                .expectException(violates("components-unexpected", "components"));
    }

    @Test
    void a_recorded_value_changes_only_through_a_correction_with_a_reason() {
        List<Object> recorded = new ArrayList<>(BadungPk.signed());
        recorded.add(new RealisasiRecorded(PK, "SK-4", TW1, Nilai.of("3.00"), null, Map.of(), null, null));
        fixture.given(recorded)
                .when(record("SK-4", TW1, Nilai.of("2.00"), null, null, null))
                .expectException(violates("realisasi-exists", "period"));
        fixture.given(recorded)
                .when(new CorrectRealisasi(PK, "SK-4", TW1, Nilai.of("2.00"), null, null, "Salah ketik data pengaduan"))
                .expectEvents(new RealisasiCorrected(PK, "SK-4", TW1, Nilai.of("2.00"), null, Map.of(), null,
                        Nilai.of("3.00"), "Salah ketik data pengaduan"));
        fixture.given(recorded)
                .when(new CorrectRealisasi(PK, "SK-4", TW1, Nilai.of("2.00"), null, null, " "))
                .expectException(violates("required", "reason"));
        fixture.given(recorded)
                .when(new CorrectRealisasi(PK, "SK-4", TW1, Nilai.of("3"), null, null, "Tidak berubah"))
                .expectException(violates("correction-unchanged", "value"));
        fixture.given(BadungPk.signed())
                .when(new CorrectRealisasi(PK, "SK-4", TW1, Nilai.of("2.00"), null, null, "Koreksi"))
                .expectException(violates("realisasi-missing", "period"));
    }

    @Test
    void realisasi_follow_the_periods_of_the_rencana_aksi_and_only_once_a_period_started() {
        List<Object> quarterly = new ArrayList<>(BadungPk.signed());
        quarterly.add(new RencanaAksiSet(PK, "SK-1", List.of(new PeriodTarget(TW1, Nilai.of("70")),
                new PeriodTarget(TW2, Nilai.of("585")), new PeriodTarget(Periode.TW3, Nilai.of("120")),
                new PeriodTarget(Periode.TW4, Nilai.of("170"))), "Kepala Bidang Perdagangan", null, 0));
        fixture.given(quarterly)
                .when(record("SK-1", Periode.MAR, Nilai.of("20"), null, null, null))
                .expectException(violates("period-granularity", "period"));
        fixture.givenCurrentTime(Instant.parse("2023-02-15T03:00:00Z"))
                .andGiven(BadungPk.signed())
                .when(record("SK-1", TW2, Nilai.of("600"), null, null, null))
                .expectException(violates("period-future", "period"));
    }

    @Test
    void budget_realisation_is_recorded_per_month_within_the_pagu() {
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)))
                .expectEvents(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)));
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(2_574_498)))
                .expectException(violates("realisasi-exceeds-pagu", "amount"));
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", TW1, Rupiah.of(1)))
                .expectException(violates("period-month", "month"));
        fixture.given(BadungPk.signed())
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(-1)))
                .expectException(violates("amount-negative", "amount"));
    }

    @Test
    void a_months_spending_is_corrected_with_a_reason_and_stays_within_the_pagu() {
        List<Object> spent = new ArrayList<>(BadungPk.signed());
        spent.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)));
        spent.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.APR, Rupiah.of(1_000_000)));
        fixture.given(spent)
                .when(new RecordRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(5)))
                .expectException(violates("realisasi-anggaran-exists", "month"));
        fixture.given(spent)
                .when(new CorrectRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_200_000), "SP2D ganda"))
                .expectEvents(new RealisasiAnggaranCorrected(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_200_000),
                        Rupiah.of(1_250_000), "SP2D ganda"));
        fixture.given(spent)
                .when(new CorrectRealisasiAnggaran(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_600_000), "Revisi SP2D"))
                .expectException(violates("realisasi-exceeds-pagu", "amount"));
        fixture.given(spent)
                .when(new CorrectRealisasiAnggaran(PK, "P01.K1.S1", Periode.MEI, Rupiah.of(1), "Koreksi"))
                .expectException(violates("realisasi-anggaran-missing", "month"));
    }

    private static RecordRealisasi record(String indicator, Periode period, Nilai value, String pending,
                                          Map<String, BigDecimal> components, Nilai stated) {
        return new RecordRealisasi(PK, indicator, period, value, pending, components, stated);
    }
}
