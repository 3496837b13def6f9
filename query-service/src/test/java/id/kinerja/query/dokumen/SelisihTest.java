package id.kinerja.query.dokumen;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.dokumen.FigureKind;
import id.kinerja.api.dokumen.NarrativeWritten;
import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.api.indikator.FormulaKind;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.Program;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contradictions DOMAIN.md names, kept as facts and listed with both numbers: 004 prints the target of its
 * first IKU as 7,00 % in the signed lampiran and 8,00 % in BAB II; a total typed as the sum of its lines agrees;
 * 003's UMKM growth computed with the wrong year is printed 9,72 % where its components give 10,77 %.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelisihTest extends ReadModelTest {

    private static final String PK = "/api/tenants/51.08/opd/dokumen/pk/2023";
    private final SmallPk pk = new SmallPk("51.08", "dokumen", 2023, Instant.parse("2023-01-10T00:00:00Z"));
    private Instant beforeFigures;
    private Instant beforeRewrite;

    @BeforeAll
    void documents() {
        Indicator growth = new Indicator("P01-I1", "Pertumbuhan UMKM", "%", Polarity.HIGHER_IS_BETTER,
                PeriodCombination.LEVEL, Scale.ANGKA, FormulaKind.PERTUMBUHAN);
        SmallPk.EnvelopeList events = pk.start("Kabupaten Buleleng", List.of(SmallPk.sasaran("S1",
                "Meningkatnya Jumlah Koperasi Sehat dan Aktif",
                SmallPk.indicator("IKU-1.1", "Persentase Koperasi Sehat", Polarity.HIGHER_IS_BETTER))));
        events.add(new ProgramAdded(pk.pk(), new Program("P01", "S1", "Program Pelayanan Izin Usaha Simpan Pinjam",
                        List.of(growth))))
                .addAll(pk.budgetLine("P01", "P01.K1.S1", 2_574_497L))
                .add(pk.target("IKU-1.1", "7.00")).add(pk.target("P01-I1", "8.00"))
                .add(pk.signed())
                .add(new NarrativeWritten(pk.pk(), "kesimpulan", "Capaian sangat tinggi.", null));
        beforeFigures = pk.clock();
        Map<String, BigDecimal> components = new TreeMap<>(Map.of("nilai_tahun_ini", new BigDecimal("1234"),
                "nilai_tahun_lalu", new BigDecimal("1114")));
        events.add(new StatedFigureRecorded(pk.pk(), FigureKind.TARGET, "IKU-1.1", null, 0, new BigDecimal("8.00"),
                        "BAB II Tabel 1"))
                .add(new StatedFigureRecorded(pk.pk(), FigureKind.PAGU_TOTAL, null, null, 0,
                        new BigDecimal("2574497"), "Lampiran"))
                .add(new StatedFigureRecorded(pk.pk(), FigureKind.PAGU_PROGRAM, "P01", null, 0,
                        new BigDecimal("2574947"), "BAB II C"))
                .add(new RealisasiRecorded(pk.pk(), "P01-I1", Periode.TAHUN, Nilai.of("10.77"), null, components,
                        "PERTUMBUHAN@1", Nilai.of("9.72")));
        beforeRewrite = pk.clock();
        events.add(new NarrativeWritten(pk.pk(), "kesimpulan", "Capaian tinggi.", "Capaian sangat tinggi."));
        publishAndWait(events.envelopes());
    }

    @Test
    void each_contradiction_is_listed_with_both_numbers() {
        JsonNode selisih = http.getForObject(PK + "/selisih", JsonNode.class);
        assertThat(selisih.get("checked").asInt()).isEqualTo(4);
        assertThat(selisih.get("lines")).hasSize(3);
        JsonNode target = line(selisih, "TARGET");
        assertThat(target.get("stated").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(target.get("computed").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(target.get("where").asText()).isEqualTo("BAB II Tabel 1");
        JsonNode program = line(selisih, "PAGU_PROGRAM");
        assertThat(program.get("difference").decimalValue()).isEqualByComparingTo("450");
        JsonNode formula = line(selisih, "REALISASI_RUMUS");
        assertThat(formula.get("stated").decimalValue()).isEqualByComparingTo("9.72");
        assertThat(formula.get("computed").decimalValue()).isEqualByComparingTo("10.77");

        JsonNode all = http.getForObject(PK + "/selisih?semua=true", JsonNode.class);
        assertThat(line(all, "PAGU_TOTAL").get("agrees").asBoolean()).isTrue();
    }

    @Test
    void figures_recorded_later_are_not_known_earlier() {
        JsonNode earlier = http.getForObject(PK + "/selisih?asOf=" + beforeFigures.minusSeconds(1), JsonNode.class);
        assertThat(earlier.get("checked").asInt()).isZero();
    }

    @Test
    void the_narrative_as_written_then_and_now() {
        assertThat(http.getForObject(PK + "/narasi", JsonNode.class).get("kesimpulan").asText())
                .isEqualTo("Capaian tinggi.");
        assertThat(http.getForObject(PK + "/narasi?asOf=" + beforeRewrite.minusSeconds(1), JsonNode.class).get("kesimpulan").asText())
                .isEqualTo("Capaian sangat tinggi.");
    }

    private static JsonNode line(JsonNode selisih, String kind) {
        for (JsonNode line : selisih.get("lines")) {
            if (line.get("kind").asText().equals(kind)) {
                return line;
            }
        }
        throw new AssertionError("no " + kind + " line in " + selisih);
    }
}
