package id.kinerja.queryapi.fakta;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.rulebook.StatusCapaian;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor's fold of a PK's raw events gives the facts the documents print, without any projection. */
class LipatanPkTest {

    @Test
    void the_revision_in_force_is_the_pk_perubahan_with_its_new_lines_and_targets() {
        FaktaPk fakta = BadungEvents.fakta(true);
        PerjanjianKinerjaView pk = PerjanjianKinerjaView.of(fakta.pk(), fakta.pemdaName());
        assertThat(pk.pemdaName()).isEqualTo("Kabupaten Badung");
        assertThat(pk.opdName()).isEqualTo("Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan");
        assertThat(pk.revisiBerlaku().revision()).isEqualTo(1);
        assertThat(pk.revisiBerlaku().reason()).isEqualTo("PERUBAHAN_PRIORITAS_ASUMSI");
        assertThat(pk.totalPagu()).isEqualTo(2_574_497L + 612_123L + 54_843_431L + 60_934_363L);
        assertThat(pk.sasaran().get(0).indicators().get(0).target().angka()).isEqualByComparingTo("8.00");
        assertThat(pk.sasaran().get(0).programs().get(0).kegiatan()).hasSize(2);
        assertThat(fakta.revisions()).extracting(r -> r.revision()).containsExactly(0, 1);
    }

    @Test
    void before_its_amendment_the_pk_is_the_induk() {
        FaktaPk induk = BadungEvents.fakta(false);
        assertThat(induk.pk().inForce().revision()).isZero();
        assertThat(induk.pk().inForce().signedOn()).hasToString("2023-01-31");
        assertThat(induk.pk().totalPagu()).isEqualTo(2_574_497L + 49_176_423L + 60_934_363L);
        assertThat(induk.pk().targets().get("IKU-1.1").value().angka()).isEqualByComparingTo("7.00");
    }

    @Test
    void an_undrafted_pk_or_an_unknown_daerah_has_no_facts() {
        assertThat(BadungEvents.fold(BadungEvents.signed().subList(0, 2))).isEmpty();
        assertThat(BadungEvents.fold(BadungEvents.signed().subList(2, 5))).isEmpty();
    }

    @Test
    void plans_realisasi_corrections_and_verdicts_are_folded_for_the_pk_and_no_other() {
        List<Object> events = new ArrayList<>(BadungEvents.signed());
        events.add(BadungEvents.amended());
        events.add(new RencanaAksiSet(BadungEvents.PK, "IKU-1.1", List.of(new PeriodTarget(Periode.TW2, null),
                new PeriodTarget(Periode.TW4, Nilai.of("8.00"))), "Kepala Bidang Koperasi", null, 1));
        events.add(new RealisasiRecorded(BadungEvents.PK, "IKU-1.1", Periode.TW4, Nilai.of("7.00"), null, null, null,
                null));
        events.add(new RealisasiCorrected(BadungEvents.PK, "IKU-1.1", Periode.TW4, Nilai.of("8.40"), null, null, null,
                Nilai.of("7.00"), "salah ketik"));
        events.add(new VerifikasiRecorded(BadungEvents.PK, Periode.TW4, HasilVerifikasi.TERVERIFIKASI, null));
        events.add(new RealisasiRecorded(new id.kinerja.api.pk.PerjanjianKinerjaId(BadungEvents.OPD, 2024),
                "IKU-1.1", Periode.TW4, Nilai.of("1"), null, null, null, null));
        FaktaPk fakta = BadungEvents.fold(events).orElseThrow();
        FaktaPk.RencanaAksi plan = fakta.rencanaAksi().get("IKU-1.1");
        assertThat(plan.responsible()).isEqualTo("Kepala Bidang Koperasi");
        assertThat(plan.targets()).containsEntry(Periode.TW2, null).containsKey(Periode.TW4)
                .doesNotContainKey(Periode.TW1);
        assertThat(fakta.realisasi().get("IKU-1.1").get(Periode.TW4).correctionReason()).isEqualTo("salah ketik");
        assertThat(fakta.verifikasi()).singleElement().satisfies(v -> {
            assertThat(v.hasil()).isEqualTo("TERVERIFIKASI");
            assertThat(v.verifier()).isEqualTo("operator.badung");
        });
        var tw4 = CapaianSusun.capaian(fakta, Periode.TW4).indicators().get(0);
        assertThat(tw4.status()).isEqualTo(StatusCapaian.ADA);
        assertThat(tw4.capaian()).isEqualByComparingTo("105.00");
        assertThat(tw4.penanggungJawab()).isEqualTo("Kepala Bidang Koperasi");
    }
}
