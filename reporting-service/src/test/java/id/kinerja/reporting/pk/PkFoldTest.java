package id.kinerja.reporting.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor's fold of a PK's raw events gives the PK as it stood under each revision. */
class PkFoldTest {

    private static final Instant NOW = Instant.parse("2023-12-31T00:00:00Z");

    @Test
    void the_revision_in_force_is_the_pk_perubahan_with_its_new_lines_and_targets() {
        PkData pk = fold(null, all()).orElseThrow();
        assertThat(pk.pemdaName()).isEqualTo("Kabupaten Badung");
        assertThat(pk.opdName()).isEqualTo("Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan");
        assertThat(pk.revisiBerlaku().revision()).isEqualTo(1);
        assertThat(pk.revisiBerlaku().reason()).isEqualTo("PERUBAHAN_PRIORITAS_ASUMSI");
        assertThat(pk.totalPagu()).isEqualTo(2_574_497L + 612_123L + 54_843_431L + 60_934_363L);
        assertThat(pk.sasaran().get(0).indicators().get(0).target().angka()).isEqualByComparingTo("8.00");
        assertThat(pk.sasaran().get(0).programs().get(0).kegiatan()).hasSize(2);
    }

    @Test
    void an_earlier_revision_stops_before_the_amendment_that_followed_it() {
        PkData induk = fold(0, all()).orElseThrow();
        assertThat(induk.revisiBerlaku().revision()).isZero();
        assertThat(induk.revisiBerlaku().signedOn()).hasToString("2023-01-31");
        assertThat(induk.totalPagu()).isEqualTo(2_574_497L + 49_176_423L + 60_934_363L);
        assertThat(induk.sasaran().get(0).indicators().get(0).target().angka()).isEqualByComparingTo("7.00");
    }

    @Test
    void a_revision_not_signed_by_then_or_an_undrafted_pk_has_no_document() {
        assertThat(fold(1, BadungEvents.signed())).isEmpty();
        assertThat(fold(2, all())).isEmpty();
        assertThat(fold(null, BadungEvents.signed().subList(0, 2))).isEmpty();
    }

    @Test
    void the_rencana_aksi_is_folded_with_its_periods_and_official() {
        List<Object> events = all();
        events.add(new RencanaAksiSet(BadungEvents.PK, "IKU-1.1", List.of(new PeriodTarget(Periode.TW2, null),
                new PeriodTarget(Periode.TW4, Nilai.of("8.00"))), "Kepala Bidang Koperasi", null, 1));
        PkFold fold = new PkFold(new PkRef("51.03", "diskopukmp", 2023, NOW, null));
        events.forEach(fold::apply);
        RencanaAksiData plan = fold.rencanaAksi(NOW).orElseThrow();
        assertThat(plan.monthly()).isFalse();
        RencanaAksiData.Rencana sehat = plan.perIndicator().get("IKU-1.1");
        assertThat(sehat.responsible()).isEqualTo("Kepala Bidang Koperasi");
        assertThat(sehat.targets()).containsEntry("TW2", null).containsKey("TW4").doesNotContainKey("TW1");
    }

    private static List<Object> all() {
        List<Object> events = new ArrayList<>(BadungEvents.signed());
        events.add(BadungEvents.amended());
        return events;
    }

    private static Optional<PkData> fold(Integer revision, List<Object> events) {
        PkFold fold = new PkFold(new PkRef("51.03", "diskopukmp", 2023, NOW, revision));
        events.forEach(fold::apply);
        return fold.result(NOW);
    }
}
