package id.kinerja.command.kendala;

import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * Kendala and tindak lanjut per indicator and period, as the Capaian tables and the LKjIP print them (001, Tabel
 * 3.6: "Analisis Keberhasilan/Kegagalan" and "Solusi yang dilakukan"): a later recording replaces the earlier one.
 */
class KendalaFixtureTest {

    private static final String KENDALA = "Pengawasan membutuhkan personil yang cukup banyak serta anggaran yang banyak";
    private static final String SOLUSI = "Mengoptimalkan anggaran dan personil yang ada dengan penjadwalan yang merata";

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_kendala_is_recorded_with_its_tindak_lanjut_and_replaced_later() {
        fixture.given(BadungPk.signed())
                .when(new RecordKendala(PK, "SK-2", TW1, " " + KENDALA + " ", null))
                .expectEvents(new KendalaRecorded(PK, "SK-2", TW1, KENDALA, null));
        List<Object> recorded = new ArrayList<>(BadungPk.signed());
        recorded.add(new KendalaRecorded(PK, "SK-2", TW1, KENDALA, null));
        fixture.given(recorded)
                .when(new RecordKendala(PK, "SK-2", TW1, KENDALA, SOLUSI))
                .expectEvents(new KendalaRecorded(PK, "SK-2", TW1, KENDALA, SOLUSI));
        fixture.given(recorded)
                .when(new RecordKendala(PK, "SK-2", TW1, KENDALA, " "))
                .expectNoEvents();
    }

    @Test
    void a_kendala_needs_its_text_a_known_indicator_and_a_begun_period() {
        fixture.given(BadungPk.signed())
                .when(new RecordKendala(PK, "SK-2", TW1, " ", SOLUSI))
                .expectException(violates("required", "kendala"));
        fixture.given(BadungPk.signed())
                .when(new RecordKendala(PK, "SK-2", TW1, "x".repeat(4001), null))
                .expectException(violates("teks-terlalu-panjang", "kendala"));
        fixture.given(BadungPk.signed())
                .when(new RecordKendala(PK, "SK-9", TW1, KENDALA, null))
                .expectException(violates("indicator-unknown", "indicatorCode"));
        fixture.given(BadungPk.signed())
                .when(new RecordKendala(PK, "SK-2", null, KENDALA, null))
                .expectException(violates("required", "period"));
        fixture.givenCurrentTime(Instant.parse("2023-02-10T02:00:00Z"))
                .andGiven(BadungPk.signed())
                .when(new RecordKendala(PK, "SK-2", TW2, KENDALA, null))
                .expectException(violates("period-future", "period"));
    }
}
