package id.kinerja.portal.siklus;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.portal.layanan.BacaTulisan;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.pk.PkJalan;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The operator's side of a period's report, below its realisasi grid: bukti dukung attached and taken off (the file
 * goes to command-service as it came, which checks its type from the content) — per indicator, and per sub kegiatan
 * on the budget realisation page of a month — kendala and tindak lanjut per indicator, and the submission (ajukan)
 * to the verifier. Each refusal comes back to the field it names; downloads go
 * through the portal with the user's own token, so they carry the same read rights as every page.
 */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}")
class PelaporanController {

    /** Refusals and typed text per field, keyed "IKU-1.1:berkas", "IKU-1.1:kendala", "ajukan". */
    static final String GALAT = "galatLaporan";
    static final String ISIAN = "isianLaporan";

    private final Layanan layanan;

    PelaporanController(Layanan layanan) {
        this.layanan = layanan;
    }

    @PostMapping("/realisasi/{indikator}/{periode}/bukti-dukung")
    String lampirkan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                     @PathVariable String indikator, @PathVariable String periode,
                     @RequestParam(required = false) MultipartFile berkas, RedirectAttributes redirect) {
        return lampirkan(Untuk.realisasi(new PkJalan(tenant, opd, year), indikator, periode), berkas, redirect);
    }

    @PostMapping("/realisasi-anggaran/{sub}/{bulan}/bukti-dukung")
    String lampirkanAnggaran(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                             @PathVariable String sub, @PathVariable String bulan,
                             @RequestParam(required = false) MultipartFile berkas, RedirectAttributes redirect) {
        return lampirkan(Untuk.anggaran(new PkJalan(tenant, opd, year), sub, bulan), berkas, redirect);
    }

    @PostMapping("/realisasi/{indikator}/{periode}/bukti-dukung/{sha256}/hapus")
    String lepas(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                 @PathVariable String indikator, @PathVariable String periode, @PathVariable String sha256,
                 @RequestParam(required = false) String alasan, RedirectAttributes redirect) {
        return lepas(Untuk.realisasi(new PkJalan(tenant, opd, year), indikator, periode), sha256, alasan, redirect);
    }

    @PostMapping("/realisasi-anggaran/{sub}/{bulan}/bukti-dukung/{sha256}/hapus")
    String lepasAnggaran(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                         @PathVariable String sub, @PathVariable String bulan, @PathVariable String sha256,
                         @RequestParam(required = false) String alasan, RedirectAttributes redirect) {
        return lepas(Untuk.anggaran(new PkJalan(tenant, opd, year), sub, bulan), sha256, alasan, redirect);
    }

    private String lampirkan(Untuk untuk, MultipartFile berkas, RedirectAttributes redirect) {
        String key = untuk.kode() + ":berkas";
        if (berkas == null || berkas.isEmpty()) {
            return kembali(untuk, redirect, Map.of(key, "pilih berkas bukti dukung "
                    + "(PDF, gambar, XLSX atau DOCX, paling besar 20 MB)"), Map.of());
        }
        JsonNode attached;
        try {
            attached = layanan.kirimBagian(untuk.api() + "/bukti-dukung", "berkas",
                    Objects.requireNonNullElse(berkas.getOriginalFilename(), "berkas"), berkas.getBytes(),
                    Objects.requireNonNullElse(berkas.getContentType(), MediaType.APPLICATION_OCTET_STREAM_VALUE));
        } catch (Penolakan refused) {
            return kembali(untuk, redirect, Map.of(key, refused.detail()), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = attached == null ? null : attached.path("sha256").asText(null);
        tunggu(untuk.jalan(), untuk.periode(), detail -> untuk.bukti(detail).stream()
                .anyMatch(b -> b.sha256().equals(sha256)));
        redirect.addFlashAttribute("berhasil", "Bukti dukung " + berkas.getOriginalFilename() + " dilampirkan pada "
                + untuk.kode() + ".");
        return untuk.halaman();
    }

    private String lepas(Untuk untuk, String sha256, String alasan, RedirectAttributes redirect) {
        Map<String, Object> params = new HashMap<>();
        params.put("alasan", kosong(alasan));
        try {
            layanan.hapus(untuk.api() + "/bukti-dukung/" + sha256, params);
        } catch (Penolakan refused) {
            return kembali(untuk, redirect, Map.of(untuk.kode() + ":berkas", refused.detail()), Map.of());
        }
        tunggu(untuk.jalan(), untuk.periode(), detail -> untuk.bukti(detail).stream()
                .noneMatch(b -> b.sha256().equals(sha256)));
        redirect.addFlashAttribute("berhasil", "Bukti dukung dilepas dari " + untuk.kode() + "; tetap tercatat dalam "
                + "riwayat.");
        return untuk.halaman();
    }

    @PostMapping("/kendala/{indikator}/{periode}")
    String kendala(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                   @PathVariable String indikator, @PathVariable String periode,
                   @RequestParam(required = false) String kendala,
                   @RequestParam(required = false) String tindakLanjut, RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kendala", kosong(kendala));
        body.put("tindakLanjut", kosong(tindakLanjut));
        try {
            layanan.kirim(HttpMethod.PUT, jalan.api("kendala/" + indikator + "/" + periode), body);
        } catch (Penolakan refused) {
            String field = Set.of("kendala", "tindakLanjut").contains(refused.field()) ? refused.field() : "kendala";
            Map<String, String> typed = new HashMap<>();
            typed.put(indikator + ":kendala", Objects.requireNonNullElse(kendala, ""));
            typed.put(indikator + ":tindakLanjut", Objects.requireNonNullElse(tindakLanjut, ""));
            return kembali(Untuk.realisasi(jalan, indikator, periode), redirect,
                    Map.of(indikator + ":" + field, refused.detail()), typed);
        }
        tunggu(jalan, periode, detail -> detail.realisasi().stream().anyMatch(i -> i.indicatorCode().equals(indikator)
                && i.kendala() != null && Objects.equals(i.kendala().kendala(), body.get("kendala"))
                && Objects.equals(i.kendala().tindakLanjut(), body.get("tindakLanjut"))));
        redirect.addFlashAttribute("berhasil", "Kendala dan tindak lanjut " + indikator + " tersimpan.");
        return Untuk.realisasi(jalan, indikator, periode).halaman();
    }

    @PostMapping("/periode/{periode}/ajukan")
    String ajukan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @PathVariable String periode, RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        try {
            layanan.kirim(HttpMethod.POST, jalan.api("periode/" + periode + "/ajukan"), Map.of());
        } catch (Penolakan refused) {
            redirect.addFlashAttribute(GALAT, Map.of("ajukan", refused.detail()));
            return "redirect:" + jalan.halaman("realisasi") + "?periode=" + periode + "#ajukan-periode";
        }
        tunggu(jalan, periode, detail -> detail.status().status().equals("DIAJUKAN"));
        redirect.addFlashAttribute("berhasil", "Laporan periode diajukan kepada verifikator.");
        return "redirect:" + jalan.halaman("realisasi") + "?periode=" + periode;
    }

    /** A bukti dukung's file, fetched from command-service with the user's token (so under their read rights). */
    @GetMapping("/bukti-dukung/{sha256}")
    ResponseEntity<byte[]> unduh(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @PathVariable String sha256) {
        Layanan.Berkas file = layanan.unduh(Layanan.Tujuan.PERINTAH,
                new PkJalan(tenant, opd, year).api("bukti-dukung/" + sha256), Map.of());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.parseMediaType(file.jenis()))
                .header("X-Content-Type-Options", "nosniff");
        if (file.disposisi() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, file.disposisi());
        }
        return answer.body(file.isi());
    }

    private String kembali(Untuk untuk, RedirectAttributes redirect, Map<String, String> galat,
                           Map<String, String> isian) {
        redirect.addFlashAttribute(GALAT, galat);
        redirect.addFlashAttribute(ISIAN, isian);
        redirect.addFlashAttribute("gagal", untuk.kode() + ": " + String.join("; ", galat.values()));
        return untuk.halaman();
    }

    /** The period as query-service shows it once it has read the change (briefly; the page says the rest). */
    private void tunggu(PkJalan jalan, String periode, Predicate<PeriodeBacaan> shows) {
        BacaTulisan.tunggu(() -> layanan.baca(jalan.api("periode/" + periode), Map.of(), PeriodeBacaan.class), shows);
    }

    private static String kosong(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * What a bukti dukung is for — an indicator's realisasi of a period, or a sub kegiatan's budget realisation of a
     * month — with its path in command-service, the page it is shown on, and its files in the period's report.
     */
    private record Untuk(PkJalan jalan, String kode, String periode, boolean anggaran) {

        static Untuk realisasi(PkJalan jalan, String indikator, String periode) {
            return new Untuk(jalan, indikator, periode, false);
        }

        static Untuk anggaran(PkJalan jalan, String sub, String bulan) {
            return new Untuk(jalan, sub, bulan, true);
        }

        String api() {
            return jalan.api((anggaran ? "realisasi-anggaran/" : "realisasi/") + kode + "/" + periode);
        }

        String halaman() {
            return "redirect:" + jalan.halaman(anggaran ? "anggaran" : "realisasi")
                    + (anggaran ? "?bulan=" : "?periode=") + periode + "#laporan-" + kode.replaceAll("[^A-Za-z0-9_-]", "_");
        }

        List<PeriodeBacaan.Bukti> bukti(PeriodeBacaan detail) {
            return anggaran
                    ? detail.anggaran().stream().filter(a -> a.subKegiatanCode().equals(kode)
                    && a.month().equals(periode)).findFirst().map(PeriodeBacaan.Anggaran::bukti).orElse(List.of())
                    : detail.realisasi().stream().filter(i -> i.indicatorCode().equals(kode)).findFirst()
                    .map(PeriodeBacaan.Indikator::bukti).orElse(List.of());
        }
    }
}
