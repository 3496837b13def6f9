package id.kinerja.portal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kinerja.portal.PenggunaUji.operator;
import static id.kinerja.portal.PenggunaUji.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's pages against recorded answers of the services (a stand-in HTTP server): what they show, how they
 * format it, which token and body they send, and how a refusal appears at its field. The real services are in the
 * browser tests of infra/end-to-end.
 */
class PortalControllerTest extends PortalUji {

    private static final String API = JawabanPk.API;
    private static final String PAGE = JawabanPk.PAGE;

    /** The answers the other pages need besides the dashboard's. */
    private static void morePages() {
        String revisi = """
                [{"revision":0,"jenis":"PK_INDUK","signedOn":"2023-01-31","place":"Mangupura","recordedAt":"2023-01-31T02:00:00Z",
                  "pihakPertama":{"name":"I Made Widiana","position":"Kepala Dinas"},"pihakKedua":{"name":"I Nyoman Giri Prasta","position":"Bupati"}},
                 {"revision":1,"jenis":"PK_PERUBAHAN","reason":"PERUBAHAN_PRIORITAS_ASUMSI","explanation":"APBD Perubahan",
                  "signedOn":"2023-09-22","effectiveDate":"2023-09-22","recordedAt":"2023-09-22T02:00:00Z"}]""";
        SERVICES.jawab("GET", API + "/revisi", revisi);
        SERVICES.jawab("GET", API + "/revisi/1/perbandingan", """
                {"revisi":{"revision":1,"signedOn":"2023-09-22","effectiveDate":"2023-09-22","reason":"PERUBAHAN_STRATEGI"},
                 "revisiSebelumnya":{"revision":0,"signedOn":"2023-01-31"},
                 "target":[{"level":"SASARAN","nodeCode":"S1","indicatorCode":"IKU-1.1","indicatorName":"Koperasi Sehat","unit":"%",
                   "sebelum":7.00,"sesudah":8.00,"berubah":true}],
                 "pagu":[{"programCode":"P01","kegiatanCode":"P01.K1","subKegiatanCode":"P01.K1.S1","name":"Pemeriksaan",
                   "sebelum":19878378920,"sesudah":22243685702,"selisih":2365306782,"berubah":true}],
                 "program":[{"code":"P01","name":"Program Pengawasan","sebelum":19878378920,"sesudah":22243685702,"selisih":2365306782}],
                 "totalSebelum":19878378920,"totalSesudah":22243685702,"selisih":2365306782}""");
        SERVICES.jawab("GET", API + "/riwayat", """
                {"perubahan":[{"recordedAt":"2023-09-22T02:00:00Z","actor":"kadis.badung","jenis":"PK Perubahan ditandatangani",
                  "ringkasan":"PK Perubahan 1","alasan":"perubahan prioritas atau asumsi"}],"terpotong":false}""");
        SERVICES.jawab("GET", "/api/tenants/51.03/integritas", """
                {"tenant":"51.03","links":42,"headHash":"abc","intact":true}""");
        SERVICES.jawab("GET", "/api/tenants/51.03/opd", """
                {"tenant":"51.03","name":"Kabupaten Badung","jenis":"KABUPATEN","provinsi":"51",
                 "perangkatDaerah":[{"opd":"diskopukmp","name":"Dinas Koperasi","tahunPk":[2023]}]}""");
        SERVICES.jawab("GET", "/api/provinsi/51/rekap/2023", """
                {"provinsi":"51","name":"Provinsi Bali","year":2023,"kabupatenKota":[{"tenant":"51.03","name":"Kabupaten Badung"}],
                 "program":[{"name":"Program Pengawasan","perDaerah":{"51.03":{"pagu":100,"realisasi":50,"serapan":50.00}},
                   "pagu":100,"realisasi":50,"serapan":50.00}],
                 "indikator":[{"name":"Koperasi Sehat","unit":"%","perDaerah":{"51.03":{"target":7,"status":"BELUM_ADA"}}}],
                 "total":[{"tenant":"51.03","name":"Kabupaten Badung","pagu":100,"realisasi":50,"serapan":50.00,
                   "rataRataCapaian":90.00,"dihitung":1,"dikecualikan":0}],
                 "peringkatSerapan":[{"peringkat":1,"tenant":"51.03","name":"Kabupaten Badung","nilai":50.00}],
                 "peringkatCapaian":[{"peringkat":1,"tenant":"51.03","name":"Kabupaten Badung","nilai":90.00}]}""");
    }

    @Test
    void the_opd_dashboard_shows_the_services_figures_the_indonesian_way() throws Exception {
        mvc.perform(get(PAGE).with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rp 22.243.685.702")))
                .andExpect(content().string(containsString("107,14 %")))
                .andExpect(content().string(containsString("Sangat Tinggi")))
                .andExpect(content().string(containsString("Lampirkan bukti dukung")))
                .andExpect(content().string(containsString("Februari")))
                .andExpect(content().string(containsString("<svg class=\"grafik\"")));
        assertThat(SERVICES.permintaan()).allSatisfy(r -> assertThat(r.authorization()).startsWith("Bearer "));
    }

    @Test
    void every_page_renders_from_the_services_answers() throws Exception {
        morePages();
        for (String page : List.of(PAGE + "/perjanjian", PAGE + "/perjanjian?revisi=0", PAGE + "/perbandingan",
                PAGE + "/realisasi?periode=JAN", PAGE + "/realisasi?periode=TAHUN", PAGE + "/anggaran?bulan=FEB",
                PAGE + "/rencana-aksi", PAGE + "/rencana-aksi/IKU-1.1", PAGE + "/riwayat?periksa=true",
                PAGE + "/dokumen", PAGE + "/verifikasi/JAN", PAGE + "/perubahan", PAGE + "?asOf=2023-08-01T10:00",
                "/daerah/51.03", "/daerah/51.03/verifikasi?status=DIKEMBALIKAN")) {
            mvc.perform(get(page).with(operator())).andExpect(status().isOk());
        }
        mvc.perform(get("/provinsi/51").param("tahun", "2023").with(user("provinsi.bali", "PENINJAU_PROVINSI", null)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kabupaten Badung")));
        mvc.perform(get(PAGE + "/perbandingan").with(operator()))
                .andExpect(content().string(containsString("Rp 19.878.378.920")))
                .andExpect(content().string(containsString("class=\"berubah\"")))
                .andExpect(content().string(containsString("7,00 %")));
        mvc.perform(get(PAGE + "/riwayat").param("periksa", "true").with(operator()))
                .andExpect(content().string(containsString("Rantai peristiwa utuh")))
                .andExpect(content().string(containsString("perubahan prioritas atau asumsi")));
    }

    @Test
    void the_slider_stops_at_each_recorded_moment_exactly_even_two_in_one_millisecond() throws Exception {
        morePages();
        SERVICES.jawab("GET", API + "/momen", """
                [{"recordedAt":"2023-09-22T02:00:00.000100Z","jenis":"PK ditandatangani","ringkasan":"PK induk","jumlah":1},
                 {"recordedAt":"2023-09-22T02:00:00.000400Z","jenis":"PK Perubahan ditandatangani","ringkasan":"","jumlah":1}]""");
        mvc.perform(get(PAGE + "/perjanjian").with(operator()))
                .andExpect(content().string(containsString("data-waktu=\"22-09-2023 09.00.00,000\" "
                        + "data-tepat=\"2023-09-22T02:00:00.000100Z\"")));
        SERVICES.permintaan().clear();
        // the slider put the signing's millisecond in the field and its exact instant beside it
        mvc.perform(get(PAGE + "/perjanjian").param("asOf", "22-09-2023 09.00.00,000")
                .param("momen", "2023-09-22T02:00:00.000100Z").with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2023-09-22T02:00:00.000100Z\"")));
        assertThat(SERVICES.permintaan()).filteredOn(r -> r.path().equals(API))
                .allSatisfy(r -> assertThat(r.query()).contains("asOf=2023-09-22T02:00:00.000100Z"));
    }

    @Test
    void each_role_starts_on_its_page() throws Exception {
        mvc.perform(get("/").with(operator())).andExpect(header().string("Location",
                "/daerah/51.03/opd/diskopukmp/pk"));
        mvc.perform(get("/").with(user("verifikator.badung", "VERIFIKATOR", null)))
                .andExpect(header().string("Location", "/daerah/51.03/verifikasi"));
    }

    @Test
    void a_typed_value_is_previewed_by_query_service() throws Exception {
        SERVICES.jawab("GET", API + "/capaian/pratinjau", """
                {"code":"IKU-1.1","status":"ADA","capaian":107.14,"keterangan":"melebihi target","kategori":"Sangat Tinggi"}""");
        mvc.perform(get(PAGE + "/realisasi/IKU-1.1/JAN/pratinjau").param("nilai", "7,5").with(operator()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("107,14 %")))
                .andExpect(content().string(containsString("id=\"hasil-IKU-1_1\"")));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.query()).contains("nilai=7.5")
                .contains("indikator=IKU-1.1").contains("period=JAN"));
    }

    @Test
    void a_refused_realisasi_is_shown_at_its_field() throws Exception {
        SERVICES.jawab("PUT", API + "/realisasi/IKU-1.1/JAN", 422, """
                {"type":"urn:kinerja:problem:value-scale","status":422,"rule":"value-scale","field":"value",
                 "detail":"indikator 'IKU-1.1' berskala angka: isi dengan angka"}""");
        mvc.perform(post(PAGE + "/realisasi/IKU-1.1/JAN").param("nilai", "A").header("HX-Request", "true")
                        .with(operator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("berskala angka: isi dengan angka")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(not(containsString("Tersimpan"))));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.body()).isEqualTo("{\"value\":\"A\"}"));
    }

    @Test
    void a_correction_is_sent_with_its_reason() throws Exception {
        SERVICES.jawab("POST", API + "/realisasi/IKU-1.1/JAN/koreksi", 204, "");
        mvc.perform(post(PAGE + "/realisasi/IKU-1.1/JAN").param("nilai", "7,5").param("koreksi", "true")
                        .param("alasanKoreksi", "salah ketik").header("HX-Request", "true").with(operator()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tersimpan")));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.body())
                .isEqualTo("{\"value\":7.5,\"reason\":\"salah ketik\"}"));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post(PAGE + "/realisasi/IKU-1.1/JAN").param("nilai", "7").with(operator()))
                .andExpect(status().isForbidden());
        assertThat(SERVICES.permintaan()).isEmpty();
    }

    @Test
    void a_service_refusal_of_access_is_a_page_that_says_so() throws Exception {
        SERVICES.jawab("GET", API, 403, """
                {"status":403,"rule":"forbidden","detail":"pengguna ini tidak berwenang atas permintaan ini"}""");
        mvc.perform(get(PAGE + "/perjanjian").with(user("operator.buleleng", "OPERATOR_OPD", "lain")))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("Tidak berwenang")));
    }

    @Test
    void htmx_is_served_from_its_webjar() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/portal.js")).andExpect(status().isOk());
    }

    @Test
    void without_a_session_the_browser_is_sent_to_sign_in() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/oauth2/authorization/kinerja")));
    }

    @Test
    void the_verifier_returns_a_period_with_a_note() throws Exception {
        SERVICES.jawab("PUT", API + "/verifikasi/JAN", 204, "");
        mvc.perform(post(PAGE + "/verifikasi/JAN").param("hasil", "DIKEMBALIKAN").param("catatan", "Lampirkan bukti dukung")
                        .with(user("verifikator.badung", "VERIFIKATOR", null)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/daerah/51.03/verifikasi"));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.body())
                .isEqualTo("{\"hasil\":\"DIKEMBALIKAN\",\"catatan\":\"Lampirkan bukti dukung\"}"));
    }

    @Test
    void the_rencana_aksi_consistency_rule_is_shown_at_the_targets() throws Exception {
        SERVICES.jawab("PUT", API + "/rencana-aksi/IKU-1.1", 422, """
                {"status":422,"rule":"rencana-aksi-disagrees","field":"targets",
                 "detail":"target periode terakhir (6,5) tidak sama dengan target tahunan (7,00)"}""");
        var refused = mvc.perform(post(PAGE + "/rencana-aksi/IKU-1.1").param("granularitas", "TRIWULAN")
                        .param("target_TW1", "2").param("target_TW2", "4").param("target_TW3", "-")
                        .param("target_TW4", "6,5").param("penanggungJawab", "Kepala Bidang")
                        .with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.body()).isEqualTo("{\"targets\":["
                + "{\"period\":\"TW1\",\"target\":2},{\"period\":\"TW2\",\"target\":4},"
                + "{\"period\":\"TW3\",\"target\":null},{\"period\":\"TW4\",\"target\":6.5}],"
                + "\"responsible\":\"Kepala Bidang\",\"reason\":null}"));
        mvc.perform(get(PAGE + "/rencana-aksi/IKU-1.1").param("granularitas", "TRIWULAN")
                        .flashAttrs(refused.getFlashMap()).with(operator()))
                .andExpect(content().string(containsString("tidak sama dengan target tahunan")))
                .andExpect(content().string(containsString("value=\"6,5\"")));
    }

    @Test
    void a_pk_perubahan_is_previewed_by_query_service_before_it_is_signed() throws Exception {
        SERVICES.jawab("GET", API + "/perubahan/pratinjau", """
                {"revisi":null,"revisiSebelumnya":null,"target":[],"pagu":[{"subKegiatanCode":"P01.K1.S1",
                 "name":"Pemeriksaan Kepatuhan","sebelum":22243685702,"sesudah":22243685802,"selisih":100,"berubah":true}],
                 "program":[],"totalSebelum":22243685702,"totalSesudah":22243685802,"selisih":100}""");
        mvc.perform(post(PAGE + "/perubahan").param("aksi", "pratinjau").param("pagu_P01.K1.S1", "22.243.685.802")
                        .param("target_IKU-1.1", "7,00").with(user("kadis.badung", "KEPALA_DINAS", "diskopukmp"))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Pratinjau perbandingan")))
                .andExpect(content().string(containsString("Rp 22.243.685.802")));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.query())
                .isEqualTo("pagu=P01.K1.S1:22243685802").as("only what changed"));
        assertThat(SERVICES.permintaan()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void a_pk_perubahan_is_signed_with_its_dates_typed_the_indonesian_way() throws Exception {
        SERVICES.jawab("GET", API + "/perubahan/pratinjau", """
                {"revisi":null,"revisiSebelumnya":null,"target":[],"pagu":[],"program":[],
                 "totalSebelum":22243685702,"totalSesudah":22243685802,"selisih":100}""");
        SERVICES.jawab("POST", API + "/perubahan", 422, """
                {"status":422,"rule":"signatory-required","field":"pihakKedua.name",
                 "detail":"pihak kedua harus disebut namanya"}""");
        mvc.perform(post(PAGE + "/perubahan").param("aksi", "tandatangani").param("pagu_P01.K1.S1", "22.243.685.802")
                        .param("alasan", "PERUBAHAN_STRATEGI").param("berlaku", "22-09-2023")
                        .param("ditandatangani", "22 September 2023")
                        .with(user("kadis.badung", "KEPALA_DINAS", "diskopukmp")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("pihak kedua harus disebut")));
        assertThat(SERVICES.permintaan()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"effectiveDate\":\"2023-09-22\"",
                        "\"signedOn\":\"2023-09-22\""));
    }

    @Test
    void a_date_not_read_is_shown_at_its_field_and_nothing_is_signed() throws Exception {
        SERVICES.jawab("GET", API + "/perubahan/pratinjau", """
                {"revisi":null,"revisiSebelumnya":null,"target":[],"pagu":[],"program":[],
                 "totalSebelum":22243685702,"totalSesudah":22243685802,"selisih":100}""");
        mvc.perform(post(PAGE + "/perubahan").param("aksi", "tandatangani").param("pagu_P01.K1.S1", "22.243.685.802")
                        .param("berlaku", "31-02-2023").param("ditandatangani", "09/22/2023")
                        .with(user("kadis.badung", "KEPALA_DINAS", "diskopukmp")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tanggal &#39;31-02-2023&#39; tidak terbaca")))
                .andExpect(content().string(containsString("tanggal &#39;09/22/2023&#39; tidak terbaca")))
                .andExpect(content().string(containsString("value=\"09/22/2023\"")));
        assertThat(SERVICES.permintaan()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void an_uploaded_spreadsheet_refused_names_its_cell() throws Exception {
        SERVICES.jawab("POST", "/api/import", 422, """
                {"status":422,"rule":"value-scale","field":"value","line":7,"path":"Realisasi!E7",
                 "detail":"baris 7, Realisasi!E7: indikator 'IKU-1.1' berskala angka: isi dengan angka — tidak ada yang disimpan"}""");
        var upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart(PAGE + "/unggah").file(new org.springframework.mock.web.MockMultipartFile("berkas",
                                "kinerja.xlsx", "application/octet-stream", new byte[] {1, 2, 3}))
                        .with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(upload.getFlashMap().get("gagal").toString()).contains("Realisasi!E7", "tidak ada yang disimpan");
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/api/import"));
    }
}
