package id.kinerja.query.riwayat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.rencanaaksi.RencanaAnggaranSet;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads the portal pages need, on one small PK told event by event: the daerah's perangkat daerah, the Rencana
 * Aksi per indicator, the month-by-month budget, the capaian a typed value would give, where verification stands,
 * and the PK's recorded changes and moments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalReadsTest extends ReadModelTest {

    private static final String PK = "/api/tenants/73.27/opd/portal-dinas/pk/2024";
    private final SmallPk pk = new SmallPk("73.27", "portal-dinas", 2024, Instant.parse("2024-01-10T00:00:00Z"));
    private Instant signed;
    private Instant returned;

    @BeforeAll
    void tell() {
        SmallPk.EnvelopeList events = pk.start("Kabupaten Toraja Utara", List.of(SmallPk.sasaran("S1",
                        "Meningkatnya koperasi sehat", SmallPk.indicator("IKU-1", "Koperasi sehat",
                                Polarity.HIGHER_IS_BETTER), SmallPk.indicator("IKU-2", "Fluktuasi harga",
                                Polarity.LOWER_IS_BETTER))))
                .add(pk.program("S1", "P1", "Program Pengawasan Koperasi"))
                .addAll(pk.budgetLine("P1", "P1.K1.S1", 1_200_000))
                .add(pk.target("IKU-1", "8")).add(pk.target("IKU-2", "5")).add(pk.signed());
        signed = pk.clock().minusSeconds(60);
        events.add(new RencanaAksiSet(pk.pk(), "IKU-1", List.of(new PeriodTarget(Periode.TW1, Nilai.of("2")),
                        new PeriodTarget(Periode.TW2, Nilai.of("4")), new PeriodTarget(Periode.TW3, null),
                        new PeriodTarget(Periode.TW4, Nilai.of("8"))), "Kepala Bidang Koperasi", null, 0))
                .add(new RencanaAnggaranSet(pk.pk(), "P1.K1.S1", List.of(
                        new MonthlyAmount(Periode.JAN, Rupiah.of(100_000)),
                        new MonthlyAmount(Periode.FEB, Rupiah.of(1_100_000))), null, 0))
                .add(pk.realisasi("IKU-1", Periode.TW1, "1"))
                .add(new RealisasiAnggaranRecorded(pk.pk(), "P1.K1.S1", Periode.JAN, Rupiah.of(90_000)))
                .add(new VerifikasiRecorded(pk.pk(), Periode.TW1, HasilVerifikasi.DIKEMBALIKAN, "Lampirkan bukti"));
        returned = pk.clock().minusSeconds(60);
        events.add(new PerjanjianKinerjaAmended(pk.pk(), 1, AlasanPerubahan.PERUBAHAN_STRATEGI, "Refocusing",
                        LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1), "Rantepao", null, null, List.of(),
                        List.of(), List.of(), List.of(), List.of(new PaguAmendment("P1.K1.S1", Rupiah.of(1_200_000),
                        Rupiah.of(1_500_000)))))
                .add(new RealisasiCorrected(pk.pk(), "IKU-1", Periode.TW2, Nilai.of("3"), null, null, null, null,
                        "salah ketik"))
                .add(new PeriodeSubmitted(pk.pk(), Periode.TW2, null, null, false))
                .add(pk.realisasi("IKU-1", Periode.TW3, "5"));
        publishAndWait(events.envelopes());
    }

    @Test
    void the_daerah_lists_its_perangkat_daerah_with_their_pk_years() {
        JsonNode daerah = http.getForObject("/api/tenants/73.27/opd", JsonNode.class);
        assertThat(daerah.path("name").asText()).isEqualTo("Kabupaten Toraja Utara");
        assertThat(daerah.path("perangkatDaerah").get(0).path("opd").asText()).isEqualTo("portal-dinas");
        assertThat(daerah.path("perangkatDaerah").get(0).path("tahunPk").get(0).asInt()).isEqualTo(2024);
    }

    @Test
    void the_rencana_aksi_gives_each_indicator_its_periods_and_official() {
        JsonNode rows = http.getForObject(PK + "/rencana-aksi", JsonNode.class).path("indikator");
        JsonNode iku1 = rows.get(0);
        assertThat(iku1.path("code").asText()).isEqualTo("IKU-1");
        assertThat(iku1.path("granularity").asText()).isEqualTo("TRIWULAN");
        assertThat(iku1.path("periode")).hasSize(4);
        assertThat(iku1.path("periode").get(2).path("target").isNull()).isTrue();
        assertThat(iku1.path("periode").get(0).path("realisasi").asText()).isEqualTo("1");
        assertThat(iku1.path("periode").get(3).path("realisasi").isNull()).isTrue();
        assertThat(iku1.path("penanggungJawab").asText()).isEqualTo("Kepala Bidang Koperasi");
        assertThat(rows.get(1).path("granularity").isNull()).as("no Rencana Aksi").isTrue();
    }

    @Test
    void the_budget_month_by_month_with_running_absorption() {
        JsonNode bulanan = http.getForObject(PK + "/anggaran/bulanan", JsonNode.class);
        assertThat(bulanan.path("pagu").asLong()).isEqualTo(1_500_000);
        JsonNode feb = bulanan.path("bulan").get(1);
        assertThat(feb.path("rencanaKumulatif").asLong()).isEqualTo(1_200_000);
        assertThat(feb.path("realisasiKumulatif").asLong()).isEqualTo(90_000);
        assertThat(feb.path("serapanKumulatif").decimalValue()).isEqualByComparingTo("6.00");
        JsonNode jan = bulanan.path("subKegiatan").get(0).path("bulan").get(0);
        assertThat(jan.path("realisasi").asLong()).isEqualTo(90_000);
        assertThat(bulanan.path("subKegiatan").get(0).path("bulan").get(1).path("realisasi").isNull()).isTrue();
    }

    @Test
    void a_typed_value_shows_its_capaian_by_the_platforms_rules_and_stores_nothing() {
        JsonNode higher = http.getForObject(PK + "/capaian/pratinjau?indikator=IKU-1&period=TW2&nilai=5",
                JsonNode.class);
        assertThat(higher.path("capaian").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(higher.path("keterangan").asText()).isEqualTo("melebihi target");
        assertThat(higher.path("kategori").asText()).isEqualTo("Sangat Tinggi");
        JsonNode lower = http.getForObject(PK + "/capaian/pratinjau?indikator=IKU-2&period=TAHUN&nilai=2",
                JsonNode.class);
        assertThat(lower.path("capaian").decimalValue()).isEqualByComparingTo("160.00");
        JsonNode noTarget = http.getForObject(PK + "/capaian/pratinjau?indikator=IKU-1&period=TW3&nilai=2",
                JsonNode.class);
        assertThat(noTarget.path("status").asText()).isEqualTo("TANPA_TARGET");
        var wrong = http.getForEntity(PK + "/capaian/pratinjau?indikator=IKU-1&period=TW2&nilai=tujuh",
                JsonNode.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody().path("field").asText()).isEqualTo("nilai");
        assertThat(http.getForObject(PK + "/capaian?period=TW2", JsonNode.class).path("indicators").get(0)
                .path("status").asText()).isEqualTo("ADA").as("the correction of TW2 stands, not the preview");
    }

    @Test
    void verification_status_per_period_across_the_daerah() {
        JsonNode periods = http.getForObject("/api/tenants/73.27/verifikasi?year=2024", JsonNode.class);
        List<String> seen = new ArrayList<>();
        periods.forEach(p -> seen.add(p.path("period").asText() + "=" + p.path("status").asText()));
        assertThat(seen).containsExactly("TW1=DIKEMBALIKAN", "TW2=MENUNGGU", "TW3=BELUM_DIAJUKAN");
        assertThat(periods.get(0).path("catatan").asText()).isEqualTo("Lampirkan bukti");
        assertThat(periods.get(0).path("opdName").asText()).isEqualTo("Dinas Koperasi Kabupaten Toraja Utara");
        JsonNode before = http.getForObject("/api/tenants/73.27/verifikasi?asOf=" + returned.minusSeconds(1),
                JsonNode.class);
        assertThat(before.get(0).path("status").asText()).isEqualTo("BELUM_DIAJUKAN");
        assertThat(http.getForObject("/api/tenants/73.27/verifikasi?opd=portal-dinas", JsonNode.class)).hasSize(3);
        var unknown = http.getForEntity("/api/tenants/73.27/verifikasi?opd=dinas-lain", JsonNode.class);
        assertThat(unknown.getStatusCode().value()).as("a filter naming no perangkat daerah of the daerah")
                .isEqualTo(404);
        assertThat(unknown.getBody().path("detail").asText()).contains("dinas-lain");
    }

    @Test
    void the_recorded_changes_between_two_moments_and_the_moments_themselves() {
        JsonNode all = http.getForObject(PK + "/riwayat", JsonNode.class).path("perubahan");
        assertThat(all.size()).isGreaterThan(10);
        JsonNode after = http.getForObject(PK + "/riwayat?dari=" + returned, JsonNode.class).path("perubahan");
        assertThat(after).hasSize(4);
        assertThat(after.get(0).path("jenis").asText()).isEqualTo("PK Perubahan ditandatangani");
        assertThat(after.get(0).path("alasan").asText()).isEqualTo("perubahan strategi: Refocusing");
        assertThat(after.get(0).path("ringkasan").asText()).contains("PK Perubahan 1").contains("1 pagu berubah");
        assertThat(after.get(1).path("ringkasan").asText()).isEqualTo("IKU-1 TW2: 3");
        assertThat(after.get(1).path("alasan").asText()).isEqualTo("salah ketik");
        assertThat(after.get(0).path("actor").asText()).isNotBlank();

        JsonNode moments = http.getForObject(PK + "/momen", JsonNode.class);
        assertThat(moments.size()).isEqualTo(all.size());
        List<String> kinds = new ArrayList<>();
        moments.forEach(m -> kinds.add(m.path("jenis").asText()));
        assertThat(kinds).contains("PK ditandatangani", "PK Perubahan ditandatangani");
        JsonNode untilSigned = http.getForObject(PK + "/momen?asOf=" + signed, JsonNode.class);
        assertThat(untilSigned.get(untilSigned.size() - 1).path("jenis").asText()).isEqualTo("PK ditandatangani");
    }

    @Test
    void a_pk_perubahan_is_previewed_before_it_is_signed() {
        JsonNode preview = http.getForObject(PK + "/perubahan/pratinjau?target=IKU-1:9&pagu=P1.K1.S1:2000000",
                JsonNode.class);
        assertThat(preview.path("totalSebelum").asLong()).isEqualTo(1_500_000);
        assertThat(preview.path("totalSesudah").asLong()).isEqualTo(2_000_000);
        assertThat(preview.path("target").get(0).path("berubah").asBoolean()).isTrue();
        assertThat(preview.path("pagu").get(0).path("selisih").asLong()).isEqualTo(500_000);
        assertThat(http.getForObject(PK, JsonNode.class).path("totalPagu").asLong()).isEqualTo(1_500_000);
        var unknown = http.getForEntity(PK + "/perubahan/pratinjau?pagu=P9.K9.S9:1", JsonNode.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody().path("field").asText()).isEqualTo("pagu");
    }
}
