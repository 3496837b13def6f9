package id.kinerja.command.shared;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static id.kinerja.command.pk.BadungPk.OPD;
import static id.kinerja.command.pk.BadungPk.PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edge check finds an unacceptable value at any depth of any command and names its field. */
class NilaiMasukanTest {

    @Test
    void a_number_beyond_what_any_unit_allows_is_refused_where_it_stands() {
        refused(new RecordRealisasi(PK, "IKU-1.1", Periode.TW1, Nilai.of("1E+309"), null, null, null),
                "number-too-large", "value");
        refused(new RecordRealisasi(PK, "IKU-1.1", Periode.TW1, Nilai.of("1234567890123456789012345678901234567890"),
                null, null, null), "number-too-large", "value");
        refused(new RecordRealisasi(PK, "P01-I1", Periode.TAHUN, null, null,
                Map.of("pembilang", new BigDecimal("0.0000001")), null), "too-many-decimals", "components.pembilang");
        refused(new SetRencanaAksi(PK, "SK-1", List.of(new PeriodTarget(Periode.TW1, Nilai.of("70")),
                new PeriodTarget(Periode.TW2, Nilai.of("-1E+19"))), "Kabid", null), "number-too-large",
                "targets[1].target");
        refused(new SetPagu(PK, "P01.K1.S1", Rupiah.of(Long.MAX_VALUE)), "amount-too-large", "pagu");
    }

    @Test
    void text_that_no_document_or_database_can_hold_is_refused() {
        refused(new RegisterPerangkatDaerah(OPD.tenant(), "dinas", "Dinas\u0000Koperasi"), "invalid-character", "name");
        refused(new RegisterPerangkatDaerah(OPD.tenant(), "dinas", "Dinas \uD800"), "invalid-character", "name");
        Indicator broken = new Indicator("I-1", "Jumlah\u001Bkoperasi", "koperasi", Polarity.HIGHER_IS_BETTER,
                PeriodCombination.SUM, Scale.ANGKA, null);
        refused(new AddProgram(PK, new Program("P01", "S1", "Program", List.of(broken))), "invalid-character",
                "program.indicators[0].name");
    }

    @Test
    void ordinary_values_and_text_pass() {
        assertThatCode(() -> NilaiMasukan.check(new RecordRealisasi(PK, "IKU-1.1", Periode.TW1,
                Nilai.of("-11.15"), null, Map.of("nilai_tahun_ini", new BigDecimal("12303147161074.70")), null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> NilaiMasukan.check(new RegisterPerangkatDaerah(OPD.tenant(), "dinas",
                "Dinas Koperasi,\tUKM dan Perdagangan\r\n— Kabupaten Badung 🌴"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"%, PERSEN", "Persen, PERSEN", "persentase, PERSEN", "Rp, RUPIAH", "juta rupiah, RUPIAH",
            "nilai, INDEKS", "Indeks, INDEKS", "skor, INDEKS", "UMKM, JUMLAH", "orang, JUMLAH", "unit usaha, JUMLAH",
            "dokumen, JUMLAH", "predikat, JUMLAH"})
    void an_indicators_unit_says_which_bounds_its_values_obey(String unit, Batas.Jenis expected) {
        assertThat(Batas.Jenis.of(new Indicator("I", "x", unit, Polarity.HIGHER_IS_BETTER, PeriodCombination.LEVEL,
                Scale.ANGKA, null))).isEqualTo(expected);
    }

    @Test
    void messages_show_numbers_the_indonesian_way_and_never_grow_with_the_number() {
        assertThat(Batas.shown(new BigDecimal("19878378920"))).isEqualTo("19.878.378.920");
        assertThat(Batas.shown(new BigDecimal("-12.5"))).isEqualTo("-12,5");
        assertThat(Batas.shown(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
    }

    private static void refused(Object command, String rule, String field) {
        assertThatThrownBy(() -> NilaiMasukan.check(command)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
