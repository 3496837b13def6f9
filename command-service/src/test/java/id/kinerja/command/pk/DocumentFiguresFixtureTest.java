package id.kinerja.command.pk;

import id.kinerja.api.common.Periode;
import id.kinerja.api.dokumen.FigureKind;
import id.kinerja.api.dokumen.NarrativeWritten;
import id.kinerja.api.dokumen.RecordStatedFigure;
import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.api.dokumen.WriteNarrative;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * What a document printed is kept beside what the platform computes — 004 prints the target of IKU-1.1 as
 * 7,00 % in the lampiran and 8,00 % in BAB II — and the LKjIP's narrative sections are the OPD's own words.
 */
class DocumentFiguresFixtureTest {

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_printed_figure_is_kept_with_where_it_was_printed() {
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.TARGET, "IKU-1.1", null, 0, new BigDecimal("8.00"),
                        "BAB II Tabel 1"))
                .expectEvents(new StatedFigureRecorded(PK, FigureKind.TARGET, "IKU-1.1", null, 0,
                        new BigDecimal("8.00"), "BAB II Tabel 1"));
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.PAGU_TOTAL, null, null, 0,
                        new BigDecimal("19878378920"), "Lampiran"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_printed_figure_names_what_it_is_about_in_this_pk() {
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.PAGU_PROGRAM, "P99", null, 0, BigDecimal.ONE, "Lampiran"))
                .expectException(violates("program-unknown", "key"));
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.PAGU_TOTAL, "P01", null, 0, BigDecimal.ONE, "Lampiran"))
                .expectException(violates("key-unexpected", "key"));
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.CAPAIAN, "IKU-1.1", null, null, BigDecimal.TEN, "Tabel 3"))
                .expectException(violates("required", "period"));
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.CAPAIAN, "IKU-1.1", Periode.TW1, 3, BigDecimal.TEN,
                        "Tabel 3"))
                .expectException(violates("revision-unknown", "revision"));
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.TARGET, "IKU-1.1", null, 0, BigDecimal.TEN, " "))
                .expectException(violates("required", "where"));
    }

    @Test
    void a_printed_budget_realisation_total_is_counted_through_a_month() {
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.REALISASI_ANGGARAN_TOTAL, null, Periode.DES, null,
                        new BigDecimal("13245552743"), "lampiran, baris TOTAL"))
                .expectSuccessfulHandlerExecution();
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.REALISASI_ANGGARAN_TOTAL, null, Periode.TW4, null,
                        BigDecimal.ONE, "lampiran"))
                .expectException(violates("period-month", "period"));
        fixture.given(BadungPk.signed())
                .when(new RecordStatedFigure(PK, FigureKind.REALISASI_ANGGARAN_TOTAL, null, null, null,
                        BigDecimal.ONE, "lampiran"))
                .expectException(violates("required", "period"));
    }

    @Test
    void a_narrative_section_is_written_and_rewritten_with_its_history() {
        fixture.given(BadungPk.signed())
                .when(new WriteNarrative(PK, "kesimpulan", "Capaian kinerja tahun 2023 sangat tinggi."))
                .expectEvents(new NarrativeWritten(PK, "kesimpulan", "Capaian kinerja tahun 2023 sangat tinggi.", null));
        List<Object> written = new ArrayList<>(BadungPk.signed());
        written.add(new NarrativeWritten(PK, "kesimpulan", "Capaian kinerja tahun 2023 sangat tinggi.", null));
        fixture.given(written)
                .when(new WriteNarrative(PK, "kesimpulan", "Capaian kinerja tahun 2023 tinggi."))
                .expectEvents(new NarrativeWritten(PK, "kesimpulan", "Capaian kinerja tahun 2023 tinggi.",
                        "Capaian kinerja tahun 2023 sangat tinggi."));
        fixture.given(written)
                .when(new WriteNarrative(PK, "kesimpulan", "Capaian kinerja tahun 2023 sangat tinggi."))
                .expectNoEvents();
        fixture.given(BadungPk.signed())
                .when(new WriteNarrative(PK, "Bab III", "Analisis"))
                .expectException(violates("section-format", "section"));
    }
}
