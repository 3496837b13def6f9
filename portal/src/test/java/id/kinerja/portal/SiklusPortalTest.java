package id.kinerja.portal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static id.kinerja.portal.JawabanPk.API;
import static id.kinerja.portal.JawabanPk.PAGE;
import static id.kinerja.portal.PenggunaUji.operator;
import static id.kinerja.portal.PenggunaUji.verifikator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting cycle in the portal against recorded answers of the services: a period's status, deadline and
 * lateness on its realisasi page; bukti dukung attached (sent on as multipart with the user's token), listed and
 * downloaded through the portal; kendala and the submission with refusals at their fields; a locked period read-only
 * with why; the verifier's check with evidence, kendala and reopening; notifications; and the public Periksa dokumen
 * page, which needs no sign-in and sends no token.
 */
class SiklusPortalTest extends PortalUji {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SHA_BARU = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    @BeforeEach
    void januari() {
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIKEMBALIKAN", SHA));
    }

    /**
     * January of Badung's PK: returned with a note, late, IKU-1.1 short of its target with a kendala, the files given
     * attached to it and to the budget realisation of P01.K1.S1.
     */
    private static String periode(String status, String... sha256) {
        StringBuilder bukti = new StringBuilder();
        for (String sha : sha256) {
            bukti.append(bukti.isEmpty() ? "" : ",").append("""
                    {"untukJenis":"REALISASI","untukKode":"IKU-1.1","period":"JAN","sha256":"%s",
                     "nama":"penilaian-koperasi.pdf","ukuran":1536000,"mediaType":"application/pdf",
                     "oleh":"operator.badung","dilampirkanPada":"2023-02-05T03:00:00Z","unduh":"http://x"}""".formatted(sha));
        }
        return """
                {"status":{"tenant":"51.03","opd":"diskopukmp","opdName":"Dinas Koperasi","year":2023,"period":"JAN",
                  "status":"%s","keadaan":"PERLU_PERBAIKAN","terlambat":true,"tenggat":"2023-02-10","ditutupPada":null,
                  "catatan":"Lampirkan daftar koperasi sehat","oleh":"verifikator.badung","sejak":"2023-02-12T03:00:00Z",
                  "diajukanPada":"2023-02-11T03:00:00Z","diajukanOleh":"operator.badung"},
                 "realisasi":[{"indicatorCode":"IKU-1.1","name":"Persentase Koperasi Sehat","unit":"%%","target":7.00,
                  "realisasi":6.5,"lewatTenggat":"2023-02-10","bukti":[%s],
                  "kendala":{"indicatorCode":"IKU-1.1","period":"JAN","kendala":"Data RAT terlambat masuk",
                   "tindakLanjut":"Pendampingan RAT","oleh":"operator.badung","dicatatPada":"2023-02-05T03:00:00Z"}}],
                 "anggaran":[{"subKegiatanCode":"P01.K1.S1","month":"JAN","amount":900000000,"bukti":[%s]}],
                 "riwayat":[{"period":"JAN","langkah":"DIKEMBALIKAN","anggaran":false,"uraian":"Dikembalikan verifikator",
                  "catatan":"Lampirkan daftar koperasi sehat","terlambat":false,"oleh":"verifikator.badung",
                  "pada":"2023-02-12T03:00:00Z"}]}""".formatted(status, bukti, bukti);
    }

    @Test
    void the_realisasi_page_shows_the_period_its_evidence_and_kendala_and_offers_to_submit() throws Exception {
        mvc.perform(get(PAGE + "/realisasi").param("periode", "JAN").with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dikembalikan verifikator")))
                .andExpect(content().string(containsString("10 Februari 2023")))
                .andExpect(content().string(containsString("id=\"terlambat\"")))
                .andExpect(content().string(containsString("Lampirkan daftar koperasi sehat")))
                .andExpect(content().string(containsString("href=\"" + PAGE + "/bukti-dukung/" + SHA + "\"")))
                .andExpect(content().string(containsString("1,5 MB")))
                .andExpect(content().string(containsString("Data RAT terlambat masuk")))
                .andExpect(content().string(containsString("<label for=\"berkas-IKU-1_1\"")))
                .andExpect(content().string(containsString("<label for=\"kendala-IKU-1_1\"")))
                .andExpect(content().string(containsString("id=\"ajukan\"")))
                .andExpect(content().string(containsString("id=\"nilai-IKU-1_1\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.path()).isEqualTo(API + "/periode/JAN"));
    }

    @Test
    void a_submitted_period_is_read_only_and_says_why() throws Exception {
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIAJUKAN", SHA));
        mvc.perform(get(PAGE + "/realisasi").param("periode", "JAN").with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"alasan-terkunci\"")))
                .andExpect(content().string(containsString("sudah diajukan dan menunggu verifikasi")))
                .andExpect(content().string(not(containsString("id=\"nilai-IKU-1_1\""))))
                .andExpect(content().string(not(containsString("id=\"berkas-IKU-1_1\""))))
                .andExpect(content().string(not(containsString("id=\"ajukan\""))))
                .andExpect(content().string(containsString("penilaian-koperasi.pdf")));
        SERVICES.jawab("GET", API + "/periode/JAN", periode("TERVERIFIKASI", SHA));
        mvc.perform(get(PAGE + "/realisasi").param("periode", "JAN").with(operator()))
                .andExpect(content().string(containsString("sudah diverifikasi dan terkunci")))
                .andExpect(content().string(not(containsString("id=\"kendala-IKU-1_1\" rows"))));
    }

    @Test
    void a_bukti_dukung_is_sent_on_as_multipart_with_the_users_token() throws Exception {
        SERVICES.jawab("POST", API + "/realisasi/IKU-1.1/JAN/bukti-dukung", 201,
                "{\"sha256\":\"" + SHA_BARU + "\",\"nama\":\"berita-acara.pdf\"}");
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIKEMBALIKAN", SHA, SHA_BARU));
        mvc.perform(multipart(PAGE + "/realisasi/IKU-1.1/JAN/bukti-dukung")
                        .file(new MockMultipartFile("berkas", "berita-acara.pdf", "application/pdf",
                                "%PDF-1.7 berita acara".getBytes(StandardCharsets.US_ASCII)))
                        .with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", PAGE + "/realisasi?periode=JAN#laporan-IKU-1_1"));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> {
            assertThat(r.method() + " " + r.path()).isEqualTo("POST " + API + "/realisasi/IKU-1.1/JAN/bukti-dukung");
            assertThat(r.authorization()).startsWith("Bearer ");
            assertThat(r.body()).contains("name=\"berkas\"", "filename=\"berita-acara.pdf\"", "%PDF-1.7 berita acara");
        });
    }

    @Test
    void a_refused_file_is_shown_at_its_field() throws Exception {
        SERVICES.jawab("POST", API + "/realisasi/IKU-1.1/JAN/bukti-dukung", 415, """
                {"status":415,"rule":"jenis-berkas","field":"berkas",
                 "detail":"isi berkas adalah application/x-msdownload; yang diterima PDF, gambar, XLSX atau DOCX"}""");
        MvcResult refused = mvc.perform(multipart(PAGE + "/realisasi/IKU-1.1/JAN/bukti-dukung")
                        .file(new MockMultipartFile("berkas", "laporan.pdf", "application/pdf", new byte[]{'M', 'Z'}))
                        .with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get(PAGE + "/realisasi").param("periode", "JAN").flashAttrs(refused.getFlashMap())
                        .with(operator()))
                .andExpect(content().string(containsString("isi berkas adalah application/x-msdownload")))
                .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"galat-berkas-IKU-1_1\"")));
    }

    @Test
    void budget_realisation_evidence_is_attached_on_the_months_budget_page() throws Exception {
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "JAN").with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Januari: Rp 900.000.000")))
                .andExpect(content().string(containsString("href=\"" + PAGE + "/bukti-dukung/" + SHA + "\"")))
                .andExpect(content().string(containsString("<label for=\"berkas-P01_K1_S1\"")))
                .andExpect(content().string(containsString("id=\"status-laporan\"")));
        SERVICES.jawab("POST", API + "/realisasi-anggaran/P01.K1.S1/JAN/bukti-dukung", 201,
                "{\"sha256\":\"" + SHA_BARU + "\"}");
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIKEMBALIKAN", SHA, SHA_BARU));
        mvc.perform(multipart(PAGE + "/realisasi-anggaran/P01.K1.S1/JAN/bukti-dukung")
                        .file(new MockMultipartFile("berkas", "sp2d.pdf", "application/pdf",
                                "%PDF-1.7 SP2D".getBytes(StandardCharsets.US_ASCII)))
                        .with(operator()).with(csrf()))
                .andExpect(header().string("Location", PAGE + "/anggaran?bulan=JAN#laporan-P01_K1_S1"));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.method() + " " + r.path())
                .isEqualTo("POST " + API + "/realisasi-anggaran/P01.K1.S1/JAN/bukti-dukung"));
        SERVICES.jawab("GET", API + "/periode/JAN", periode("TERVERIFIKASI", SHA));
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "JAN").with(operator()))
                .andExpect(content().string(not(containsString("id=\"berkas-P01_K1_S1\""))))
                .andExpect(content().string(containsString("sudah diverifikasi dan terkunci")));
    }

    @Test
    void a_locked_months_budget_realisation_is_read_only_and_says_why() throws Exception {
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "JAN").with(operator()))
                .andExpect(content().string(containsString("id=\"jumlah-P01_K1_S1\"")))
                .andExpect(content().string(containsString("id=\"alasan-P01_K1_S1\"")))
                .andExpect(content().string(not(containsString("id=\"alasan-terkunci\""))));

        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIAJUKAN", SHA));
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "JAN").with(operator()))
                .andExpect(content().string(containsString("id=\"alasan-terkunci\"")))
                .andExpect(content().string(containsString("Periode ini sudah diajukan dan menunggu verifikasi")))
                .andExpect(content().string(containsString("900.000.000")))
                .andExpect(content().string(not(containsString("id=\"jumlah-P01_K1_S1\""))))
                .andExpect(content().string(not(containsString("id=\"alasan-P01_K1_S1\""))))
                .andExpect(content().string(not(containsString("id=\"berkas-P01_K1_S1\""))));

        // the month open, but its triwulan submitted: it reports the month's spending too (command-service refuses)
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIKEMBALIKAN", SHA));
        SERVICES.jawab("GET", API + "/periode", JawabanPk.periode("DIAJUKAN", "TERBUKA"));
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "FEB").with(operator()))
                .andExpect(content().string(containsString("id=\"alasan-terkunci\"")))
                .andExpect(content().string(containsString("Laporan Triwulan I sudah diajukan dan menunggu "
                        + "verifikasi")))
                .andExpect(content().string(containsString("Realisasi anggaran Februari ikut terkunci.")))
                .andExpect(content().string(not(containsString("id=\"jumlah-P01_K1_S1\""))));
        SERVICES.jawab("GET", API + "/periode", JawabanPk.periode("TERBUKA", "TERVERIFIKASI"));
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "MAR").with(operator()))
                .andExpect(content().string(containsString("Laporan tahun 2023 sudah diverifikasi dan terkunci")))
                .andExpect(content().string(not(containsString("id=\"jumlah-P01_K1_S1\""))));

        // as of a past moment the page is read-only anyway, and the periods' statuses now are not asked for
        SERVICES.permintaan().clear();
        mvc.perform(get(PAGE + "/anggaran").param("bulan", "MAR").param("asOf", "2023-06-30T10:00")
                        .with(operator()))
                .andExpect(content().string(not(containsString("id=\"alasan-terkunci\""))))
                .andExpect(content().string(not(containsString("id=\"jumlah-P01_K1_S1\""))));
        assertThat(SERVICES.permintaan()).noneSatisfy(r -> assertThat(r.path()).isEqualTo(API + "/periode"));
    }

    @Test
    void a_bukti_dukung_is_downloaded_through_the_portal_under_the_users_rights() throws Exception {
        SERVICES.jawabBerkas("GET", API + "/bukti-dukung/" + SHA, "application/pdf", "%PDF-1.7 isi");
        mvc.perform(get(PAGE + "/bukti-dukung/" + SHA).with(operator())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string("%PDF-1.7 isi"));
        assertThat(SERVICES.permintaan()).singleElement().satisfies(r ->
                assertThat(r.authorization()).startsWith("Bearer "));
        SERVICES.jawab("GET", API + "/bukti-dukung/" + SHA, 403, """
                {"status":403,"rule":"forbidden","detail":"pengguna ini tidak berwenang atas permintaan ini"}""");
        mvc.perform(get(PAGE + "/bukti-dukung/" + SHA).with(operator())).andExpect(status().isForbidden());
    }

    @Test
    void a_bukti_dukung_is_taken_off_with_its_reason() throws Exception {
        SERVICES.jawab("DELETE", API + "/realisasi/IKU-1.1/JAN/bukti-dukung/" + SHA, 204, "");
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIKEMBALIKAN"));
        mvc.perform(post(PAGE + "/realisasi/IKU-1.1/JAN/bukti-dukung/" + SHA + "/hapus").param("alasan", "salah berkas")
                        .with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(SERVICES.permintaan()).anySatisfy(r -> {
            assertThat(r.method()).isEqualTo("DELETE");
            assertThat(r.query()).isEqualTo("alasan=salah%20berkas");
        });
    }

    @Test
    void kendala_are_sent_and_a_refusal_keeps_what_was_typed_at_its_field() throws Exception {
        SERVICES.jawab("PUT", API + "/kendala/IKU-1.1/JAN", 422, """
                {"status":422,"rule":"periode-terkunci","field":"tindakLanjut","detail":"tindak lanjut terlalu panjang"}""");
        MvcResult refused = mvc.perform(post(PAGE + "/kendala/IKU-1.1/JAN").param("kendala", " Data RAT terlambat ")
                        .param("tindakLanjut", "Pendampingan").with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.body())
                .isEqualTo("{\"kendala\":\"Data RAT terlambat\",\"tindakLanjut\":\"Pendampingan\"}"));
        mvc.perform(get(PAGE + "/realisasi").param("periode", "JAN").flashAttrs(refused.getFlashMap())
                        .with(operator()))
                .andExpect(content().string(containsString("tindak lanjut terlalu panjang")))
                .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"galat-tindak-lanjut-IKU-1_1\"")))
                .andExpect(content().string(containsString(">Pendampingan</textarea>")));
    }

    @Test
    void an_incomplete_period_is_refused_at_the_submit_button_and_a_complete_one_submitted() throws Exception {
        SERVICES.jawab("POST", API + "/periode/JAN/ajukan", 422, """
                {"status":422,"rule":"bukti-dukung-belum-lengkap","field":"period",
                 "detail":"realisasi tanpa bukti dukung: IKU-1.1"}""");
        MvcResult refused = mvc.perform(post(PAGE + "/periode/JAN/ajukan").with(operator()).with(csrf()))
                .andExpect(header().string("Location", PAGE + "/realisasi?periode=JAN#ajukan-periode")).andReturn();
        mvc.perform(get(PAGE + "/realisasi").param("periode", "JAN").flashAttrs(refused.getFlashMap())
                        .with(operator()))
                .andExpect(content().string(containsString("realisasi tanpa bukti dukung: IKU-1.1</div>")));
        SERVICES.jawab("POST", API + "/periode/JAN/ajukan", 204, "");
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIAJUKAN", SHA));
        MvcResult submitted = mvc.perform(post(PAGE + "/periode/JAN/ajukan").with(operator()).with(csrf()))
                .andExpect(header().string("Location", PAGE + "/realisasi?periode=JAN")).andReturn();
        assertThat(submitted.getFlashMap().get("berhasil").toString()).contains("diajukan");
        mvc.perform(post(PAGE + "/periode/JAN/ajukan").with(operator())).andExpect(status().isForbidden());
    }

    @Test
    void the_verifier_sees_evidence_and_kendala_and_reopens_a_verified_period_with_a_reason() throws Exception {
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIAJUKAN", SHA));
        mvc.perform(get(PAGE + "/verifikasi/JAN").with(verifikator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + PAGE + "/bukti-dukung/" + SHA + "\"")))
                .andExpect(content().string(containsString("Data RAT terlambat masuk")))
                .andExpect(content().string(containsString("Pendampingan RAT")))
                .andExpect(content().string(containsString("id=\"kembalikan\"")))
                .andExpect(content().string(not(containsString("id=\"form-buka-kembali\""))))
                .andExpect(content().string(not(containsString("id=\"berkas-IKU-1_1\""))));
        SERVICES.jawab("GET", API + "/periode/JAN", periode("TERVERIFIKASI", SHA));
        mvc.perform(get(PAGE + "/verifikasi/JAN").with(verifikator()))
                .andExpect(content().string(containsString("id=\"form-buka-kembali\"")))
                .andExpect(content().string(containsString("<label for=\"alasan-buka\"")))
                .andExpect(content().string(not(containsString("id=\"kembalikan\""))));

        SERVICES.jawab("POST", API + "/periode/JAN/buka-kembali", 422, """
                {"status":422,"rule":"alasan-wajib","field":"alasan","detail":"alasan membuka kembali wajib diisi"}""");
        MvcResult refused = mvc.perform(post(PAGE + "/verifikasi/JAN/buka-kembali").with(verifikator()).with(csrf()))
                .andExpect(header().string("Location", PAGE + "/verifikasi/JAN#buka-kembali")).andReturn();
        mvc.perform(get(PAGE + "/verifikasi/JAN").flashAttrs(refused.getFlashMap()).with(verifikator()))
                .andExpect(content().string(containsString("alasan membuka kembali wajib diisi</div>")));
        SERVICES.jawab("POST", API + "/periode/JAN/buka-kembali", 204, "");
        SERVICES.jawab("GET", API + "/periode/JAN", periode("DIBUKA_KEMBALI", SHA));
        mvc.perform(post(PAGE + "/verifikasi/JAN/buka-kembali").param("alasan", "Salah hitung persentase")
                        .with(verifikator()).with(csrf()))
                .andExpect(header().string("Location", PAGE + "/verifikasi/JAN"));
        assertThat(SERVICES.permintaan()).anySatisfy(r -> assertThat(r.body())
                .isEqualTo("{\"alasan\":\"Salah hitung persentase\"}"));
    }

    @Test
    void the_beranda_lists_what_awaits_the_signed_in_user() throws Exception {
        SERVICES.jawab("GET", "/api/tenants/51.03/notifikasi", """
                [{"id":"n1","jenis":"DIKEMBALIKAN","untuk":["OPERATOR_OPD"],"tenant":"51.03","opd":"diskopukmp",
                  "opdName":"Dinas Koperasi","year":2023,"period":"JAN","pesan":"Laporan JAN 2023 dikembalikan",
                  "catatan":"Lampirkan daftar koperasi sehat","oleh":"verifikator.badung","sejak":"2023-02-12T03:00:00Z"},
                 {"id":"n2","jenis":"TENGGAT_MENDEKAT","untuk":["OPERATOR_OPD"],"tenant":"51.03","opd":"diskopukmp",
                  "opdName":"Dinas Koperasi","year":2023,"period":"FEB","pesan":"Laporan FEB 2023 jatuh tempo",
                  "tenggat":"2023-03-10","sejak":"2023-03-03T00:00:00Z"}]""");
        mvc.perform(get(PAGE).with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"daftar-pemberitahuan\"")))
                .andExpect(content().string(containsString("href=\"" + PAGE + "/realisasi?periode=JAN\"")))
                .andExpect(content().string(containsString("— Lampirkan daftar koperasi sehat")))
                .andExpect(content().string(containsString("tenggat 10 Maret 2023")));
        SERVICES.jawab("GET", "/api/tenants/51.03/notifikasi", """
                [{"id":"n3","jenis":"MENUNGGU_VERIFIKASI","untuk":["VERIFIKATOR"],"tenant":"51.03","opd":"diskopukmp",
                  "opdName":"Dinas Koperasi","year":2023,"period":"JAN","pesan":"Laporan JAN 2023 Dinas Koperasi diajukan",
                  "oleh":"operator.badung","sejak":"2023-02-11T03:00:00Z"}]""");
        mvc.perform(get("/daerah/51.03/verifikasi").with(verifikator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + PAGE + "/verifikasi/JAN\"")))
                .andExpect(content().string(containsString("Menunggu verifikasi")));
    }

    @Test
    void anyone_checks_a_document_from_its_qr_address_without_signing_in() throws Exception {
        SERVICES.jawab("GET", "/api/verifikasi/dokumen", """
                {"status":"COCOK","versi":{"jenis":"perjanjian-kinerja","tenant":"51.03","opd":"diskopukmp","tahun":2023,
                  "revisi":0,"per":"2023-12-31T00:00:00Z","rantai":[{"tenant":"51.03","posisi":42,"hash":"ab12"}],
                  "sidikJari":"%s"},
                 "sidikJariSekarang":"%s","rantai":[{"tenant":"51.03","posisi":42,"utuh":true,"hashTersimpan":"ab12"}],
                 "perbedaan":[],"baris":[]}""".formatted(SHA, SHA));
        String qr = "http://localhost:8083/api/verifikasi/dokumen?jenis=perjanjian-kinerja&tenant=51.03&opd=diskopukmp"
                + "&tahun=2023&revisi=0&per=2023-12-31T00:00:00Z&rantai=51.03:42:ab12cd34ef56ab78&sidik=" + SHA;
        mvc.perform(get("/periksa-dokumen").param("tautan", qr)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"status-periksa\">COCOK")))
                .andExpect(content().string(containsString("Perjanjian Kinerja")))
                .andExpect(content().string(containsString("PK induk")))
                .andExpect(content().string(containsString("<label for=\"tautan\"")));
        assertThat(SERVICES.permintaan()).singleElement().satisfies(r -> {
            assertThat(r.authorization()).isNull();
            assertThat(r.query()).contains("jenis=perjanjian-kinerja", "rantai=51.03:42:ab12cd34ef56ab78",
                    "sidik=" + SHA, "per=2023-12-31T00:00:00Z");
        });
        // the QR code may also point at this page: the same parameters, followed
        mvc.perform(get("/periksa-dokumen?jenis=perjanjian-kinerja&tenant=51.03&tahun=2023&per=2023-12-31T00:00:00Z"
                + "&rantai=51.03:42:ab12&sidik=" + SHA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("COCOK")));
    }

    @Test
    void a_document_that_differs_says_what_and_a_bad_version_is_refused_at_the_field() throws Exception {
        SERVICES.jawab("GET", "/api/verifikasi/dokumen", """
                {"status":"BERBEDA","versi":{"jenis":"lkjip","tenant":"51.03","opd":"diskopukmp","tahun":2023,
                  "per":"2023-12-31T00:00:00Z","rantai":[],"sidikJari":"%s"},"sidikJariSekarang":"%s",
                 "rantai":[{"tenant":"51.03","posisi":42,"utuh":false,"hashTersimpan":"cd",
                  "putus":{"posisi":17,"peristiwa":"TargetSet","agregat":"pk","urutan":3,"dicatat":"2023-01-31",
                   "masalah":"x"}}],
                 "perbedaan":["rantai peristiwa 51.03 putus pada tautan 17: peristiwa TargetSet"],"baris":[]}"""
                .formatted(SHA, SHA_BARU));
        mvc.perform(get("/periksa-dokumen").param("tautan", "jenis=lkjip&tenant=51.03&tahun=2023&sidik=" + SHA))
                .andExpect(content().string(containsString("BERBEDA")))
                .andExpect(content().string(containsString("putus pada tautan 17: peristiwa TargetSet")))
                .andExpect(content().string(containsString("LKjIP")));
        SERVICES.jawab("GET", "/api/verifikasi/dokumen", 400, """
                {"status":400,"rule":"malformed","field":"sidik","detail":"sidik jari adalah 64 angka heksadesimal"}""");
        mvc.perform(get("/periksa-dokumen").param("tautan", "jenis=lkjip&sidik=12"))
                .andExpect(content().string(containsString("sidik jari adalah 64 angka heksadesimal</div>")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get("/periksa-dokumen").param("tautan", "bukan tautan"))
                .andExpect(content().string(containsString("tempel alamat dari kode QR")));
    }

    @Test
    void a_pdf_file_is_checked_line_by_line() throws Exception {
        SERVICES.jawab("POST", "/api/verifikasi/dokumen", """
                {"status":"BERBEDA","versi":{"jenis":"perjanjian-kinerja","tenant":"51.03","opd":"diskopukmp","tahun":2023,
                  "per":"2023-12-31T00:00:00Z","rantai":[],"sidikJari":"%s"},"rantai":[],
                 "perbedaan":["isi berkas tidak sesuai dengan sidik jari yang tertulis padanya"],
                 "baris":[{"nomor":12,"tertulis":"Total pagu 99","sekarang":null}]}""".formatted(SHA));
        mvc.perform(multipart("/periksa-dokumen").file(new MockMultipartFile("berkas", "pk.pdf", "application/pdf",
                        "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Total pagu 99")))
                .andExpect(content().string(containsString("(tidak ditampilkan)")));
        assertThat(SERVICES.permintaan()).singleElement().satisfies(r -> assertThat(r.authorization()).isNull());
    }
}
