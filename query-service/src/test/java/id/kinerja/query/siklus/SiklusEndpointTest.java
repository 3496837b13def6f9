package id.kinerja.query.siklus;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import id.kinerja.api.jadwal.Tenggat;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.PeriodeReopened;
import id.kinerja.api.verifikasi.PeriodeSubmitted;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.api.common.Periode.TW2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A triwulan of Kabupaten Luwu Utara's dinas through the whole reporting cycle — realisasi, a PDF, a kendala,
 * submitted, returned with a note, corrected with a new photo and the PDF taken off, submitted again, verified,
 * reopened — read back as of every moment in between: status, bukti dukung, kendala, history, what is due and late,
 * and what awaits whom.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiklusEndpointTest extends ReadModelTest {

    private static final String TENANT = "73.22";
    private static final String BASE = "/api/tenants/" + TENANT + "/opd/siklus-dinas/pk/2024";
    private static final JadwalId JADWAL = new JadwalId(TenantId.of(TENANT), 2024);
    private static final Berkas PDF = new Berkas("ab".repeat(32), "berita-acara-tw1.pdf", 182_344, "application/pdf");
    private static final Berkas FOTO = new Berkas("cd".repeat(32), "foto-pengawasan.png", 88_120, "image/png");
    private static final String CATATAN = "Lampirkan foto kegiatan pengawasan";

    private final SmallPk pk = new SmallPk(TENANT, "siklus-dinas", 2024, Instant.parse("2024-01-05T01:00:00Z"));
    private Instant attached;
    private Instant submitted;
    private Instant returned;
    private Instant verified;
    private Instant reopened;

    @BeforeAll
    void cycle() {
        BuktiUntuk tw1 = BuktiUntuk.realisasi("IKU-1", TW1);
        SmallPk.EnvelopeList events = pk.start("Kabupaten Luwu Utara", List.of(SmallPk.sasaran("S1",
                        "Meningkatnya koperasi sehat", SmallPk.indicator("IKU-1", "Persentase koperasi sehat",
                                Polarity.HIGHER_IS_BETTER))))
                .add(pk.target("IKU-1", "7")).add(pk.signed())
                .add(new RencanaAksiSet(pk.pk(), "IKU-1", List.of(new PeriodTarget(TW1, Nilai.of("7")),
                        new PeriodTarget(TW2, Nilai.of("7")), new PeriodTarget(Periode.TW3, Nilai.of("7")),
                        new PeriodTarget(Periode.TW4, Nilai.of("7"))), "Kepala Bidang Koperasi", null, 0))
                .addAs(new JadwalSet(JADWAL, List.of(new Tenggat(TW1, LocalDate.of(2024, 4, 15)),
                        new Tenggat(TW2, LocalDate.of(2024, 7, 15)),
                        new Tenggat(Periode.TAHUN, LocalDate.of(2025, 1, 31)))), "verifikator.lutra")
                .at(Instant.parse("2024-04-02T02:00:00Z"))
                .addAs(new RealisasiRecorded(pk.pk(), "IKU-1", TW1, Nilai.of("6.5"), null, null, null, null), "op.lutra");
        attached = pk.clock();
        events.addAs(new BuktiDukungAttached(pk.pk(), tw1, PDF), "op.lutra")
                .addAs(new KendalaRecorded(pk.pk(), "IKU-1", TW1, "RAT koperasi tertunda", "Pendampingan RAT"),
                        "op.lutra");
        submitted = pk.clock();
        events.addAs(new PeriodeSubmitted(pk.pk(), TW1, null, LocalDate.of(2024, 4, 15), false), "op.lutra");
        returned = pk.clock();
        events.addAs(new VerifikasiRecorded(pk.pk(), TW1, HasilVerifikasi.DIKEMBALIKAN, CATATAN), "verifikator.lutra")
                .addAs(new RealisasiCorrected(pk.pk(), "IKU-1", TW1, Nilai.of("6.8"), null, null, null, Nilai.of("6.5"),
                        "Data RAT susulan"), "op.lutra")
                .addAs(new BuktiDukungAttached(pk.pk(), tw1, FOTO), "op.lutra")
                .addAs(new BuktiDukungRemoved(pk.pk(), tw1, PDF, "Diganti foto"), "op.lutra")
                .addAs(new PeriodeSubmitted(pk.pk(), TW1, null, LocalDate.of(2024, 4, 15), false), "op.lutra");
        verified = pk.clock();
        events.addAs(new VerifikasiRecorded(pk.pk(), TW1, HasilVerifikasi.TERVERIFIKASI, null), "verifikator.lutra")
                .at(Instant.parse("2024-07-20T02:00:00Z"))
                .addAs(new RealisasiRecorded(pk.pk(), "IKU-1", TW2, Nilai.of("7.1"), null, null, null, null,
                        LocalDate.of(2024, 7, 15)), "op.lutra")
                .addAs(new PeriodeClosed(JADWAL, TW2, LocalDate.of(2024, 7, 15)), "verifikator.lutra");
        reopened = pk.clock();
        events.addAs(new PeriodeReopened(pk.pk(), TW1, "Temuan Inspektorat"), "verifikator.lutra");
        publishAndWait(events.envelopes());
    }

    @Test
    void a_period_as_of_each_moment_of_its_cycle() {
        JsonNode beforeSubmission = detail(TW1, submitted.minusMillis(1));
        assertThat(beforeSubmission.at("/status/status").asText()).isEqualTo("TERBUKA");
        assertThat(names(beforeSubmission.at("/realisasi/0/bukti"))).containsExactly("berita-acara-tw1.pdf");
        assertThat(beforeSubmission.at("/realisasi/0/realisasi").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(beforeSubmission.at("/realisasi/0/kendala/kendala").asText()).isEqualTo("RAT koperasi tertunda");

        JsonNode whileReturned = detail(TW1, returned);
        assertThat(whileReturned.at("/status/status").asText()).isEqualTo("DIKEMBALIKAN");
        assertThat(whileReturned.at("/status/keadaan").asText()).isEqualTo("PERLU_PERBAIKAN");
        assertThat(whileReturned.at("/status/catatan").asText()).isEqualTo(CATATAN);
        assertThat(whileReturned.at("/status/oleh").asText()).isEqualTo("verifikator.lutra");
        assertThat(whileReturned.at("/status/diajukanOleh").asText()).isEqualTo("op.lutra");

        JsonNode whenVerified = detail(TW1, verified);
        assertThat(whenVerified.at("/status/status").asText()).isEqualTo("TERVERIFIKASI");
        assertThat(whenVerified.at("/status/keadaan").asText()).isEqualTo("SELESAI");
        assertThat(whenVerified.at("/realisasi/0/realisasi").decimalValue()).isEqualByComparingTo("6.8");
        assertThat(whenVerified.at("/realisasi/0/correctionReason").asText()).isEqualTo("Data RAT susulan");
        assertThat(names(whenVerified.at("/realisasi/0/bukti"))).containsExactly("foto-pengawasan.png");
        assertThat(whenVerified.at("/realisasi/0/bukti/0/unduh").asText())
                .isEqualTo(BASE + "/bukti-dukung/" + FOTO.sha256());

        JsonNode now = detail(TW1, null);
        assertThat(now.at("/status/status").asText()).isEqualTo("DIBUKA_KEMBALI");
        assertThat(now.at("/status/catatan").asText()).isEqualTo("Temuan Inspektorat");
    }

    @Test
    void the_history_of_a_period_names_every_step_who_took_it_and_when() {
        JsonNode riwayat = http.getForObject(BASE + "/periode/TW1/riwayat", JsonNode.class);
        assertThat(StreamSupport.stream(riwayat.spliterator(), false).map(r -> r.path("langkah").asText()).toList())
                .containsExactly("REALISASI_DICATAT", "BUKTI_DILAMPIRKAN", "KENDALA_DICATAT", "DIAJUKAN",
                        "DIKEMBALIKAN", "REALISASI_DIKOREKSI", "BUKTI_DILAMPIRKAN", "BUKTI_DILEPAS", "DIAJUKAN",
                        "TERVERIFIKASI", "DIBUKA_KEMBALI");
        assertThat(riwayat.get(4).path("oleh").asText()).isEqualTo("verifikator.lutra");
        assertThat(riwayat.get(4).path("catatan").asText()).isEqualTo(CATATAN);
        assertThat(riwayat.get(5).path("uraian").asText()).contains("6.5 → 6.8");
        assertThat(riwayat.get(7).path("uraian").asText()).contains("berita-acara-tw1.pdf");
        JsonNode asOfReturn = http.getForObject(BASE + "/periode/TW1/riwayat?asOf=" + returned, JsonNode.class);
        assertThat(asOfReturn).hasSize(5);
    }

    @Test
    void bukti_dukung_as_of_before_and_after_their_removal() {
        assertThat(names(http.getForObject(BASE + "/bukti-dukung?asOf=" + attached.minusMillis(1), JsonNode.class)))
                .isEmpty();
        assertThat(names(http.getForObject(BASE + "/bukti-dukung?period=TW1&asOf=" + returned, JsonNode.class)))
                .containsExactly("berita-acara-tw1.pdf");
        assertThat(names(http.getForObject(BASE + "/bukti-dukung", JsonNode.class)))
                .containsExactly("foto-pengawasan.png");
        JsonNode kendala = http.getForObject(BASE + "/kendala?period=TW1", JsonNode.class);
        assertThat(kendala.get(0).path("tindakLanjut").asText()).isEqualTo("Pendampingan RAT");
    }

    @Test
    void what_is_due_and_late_for_the_opd_the_daerah_and_the_province() {
        JsonNode early = http.getForObject(BASE + "/periode?asOf=2024-07-10T02:00:00Z", JsonNode.class);
        assertThat(keadaan(early, "TW2")).isEqualTo("SEGERA_JATUH_TEMPO");
        assertThat(keadaan(early, "TW3")).isEqualTo("TANPA_TENGGAT");
        assertThat(keadaan(early, "TAHUN")).isEqualTo("BELUM_JATUH_TEMPO");

        JsonNode late = http.getForObject("/api/tenants/" + TENANT + "/tenggat/2024?keadaan=TERLAMBAT&asOf="
                + reopened.minusMillis(1), JsonNode.class);
        assertThat(late.at("/jumlah/TERLAMBAT").asInt()).isEqualTo(1);
        assertThat(late.at("/periode/0/period").asText()).isEqualTo("TW2");
        assertThat(late.at("/periode/0/terlambat").asBoolean()).isTrue();
        assertThat(late.at("/periode/0/ditutupPada").asText()).isNotEmpty();

        JsonNode detail = detail(TW2, null);
        assertThat(detail.at("/realisasi/0/lewatTenggat").asText()).isEqualTo("2024-07-15");

        JsonNode provinsi = http.getForObject("/api/provinsi/73/tenggat/2024?keadaan=TERLAMBAT&asOf="
                + reopened.minusMillis(1), JsonNode.class);
        JsonNode lutra = StreamSupport.stream(provinsi.spliterator(), false)
                .filter(d -> d.path("tenant").asText().equals(TENANT)).findFirst().orElseThrow();
        assertThat(lutra.at("/jumlah/TERLAMBAT").asInt()).isEqualTo(1);
        assertThat(http.getForEntity("/api/provinsi/%F0%9F%92%A3/tenggat/2024", JsonNode.class).getStatusCode()
                .value()).as("no province code (found by the generated hostile requests)").isEqualTo(400);
        assertThat(http.getForEntity("/api/provinsi/99/tenggat/2024", JsonNode.class).getStatusCode().value())
                .as("a province no daerah belongs to").isEqualTo(404);
        JsonNode today = http.getForObject("/api/tenants/" + TENANT + "/tenggat/2024?keadaan=TERLAMBAT", JsonNode.class);
        assertThat(today.at("/jumlah/TERLAMBAT").asInt()).as("TW2 and, since February 2025, the year").isEqualTo(2);

        JsonNode jadwal = http.getForObject("/api/tenants/" + TENANT + "/jadwal/2024", JsonNode.class);
        assertThat(jadwal.at("/tenggat/0/period").asText()).isEqualTo("TW1");
        assertThat(jadwal.at("/tenggat/1/ditutupOleh").asText()).isEqualTo("verifikator.lutra");
    }

    @Test
    void notifications_await_the_verifier_or_the_operator_as_the_cycle_turns() {
        DevIssuer.Identity operator = new DevIssuer.Identity("op.lutra", List.of("OPERATOR_OPD"), TENANT,
                "siklus-dinas", null);
        DevIssuer.Identity verifier = new DevIssuer.Identity("verifikator.lutra", List.of("VERIFIKATOR"), TENANT,
                null, null);
        String url = "/api/tenants/" + TENANT + "/notifikasi?asOf=";
        assertThat(jenis(as(verifier, url + submitted))).contains("MENUNGGU_VERIFIKASI");
        assertThat(jenis(as(operator, url + submitted))).doesNotContain("MENUNGGU_VERIFIKASI");
        JsonNode forOperator = as(operator, url + returned);
        assertThat(jenis(forOperator)).contains("DIKEMBALIKAN");
        assertThat(forOperator.get(0).path("catatan").asText()).isEqualTo(CATATAN);
        assertThat(jenis(as(verifier, url + returned))).doesNotContain("DIKEMBALIKAN", "MENUNGGU_VERIFIKASI");
        assertThat(jenis(as(operator, url + "2024-07-10T02:00:00Z"))).contains("TENGGAT_MENDEKAT");
        assertThat(jenis(http.getForObject(url + returned + "&untuk=semua", JsonNode.class))).contains("DIKEMBALIKAN");
    }

    private JsonNode detail(Periode period, Instant asOf) {
        return http.getForObject(BASE + "/periode/" + period + (asOf == null ? "" : "?asOf=" + asOf), JsonNode.class);
    }

    private JsonNode as(DevIssuer.Identity user, String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(DevIssuer.shared().token(user));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class).getBody();
    }

    private static List<String> names(JsonNode bukti) {
        return StreamSupport.stream(bukti.spliterator(), false).map(b -> b.path("nama").asText()).toList();
    }

    private static List<String> jenis(JsonNode notifikasi) {
        return StreamSupport.stream(notifikasi.spliterator(), false).map(n -> n.path("jenis").asText()).toList();
    }

    private static String keadaan(JsonNode periods, String period) {
        return StreamSupport.stream(periods.spliterator(), false).filter(p -> p.path("period").asText().equals(period))
                .findFirst().orElseThrow().path("keadaan").asText();
    }
}
