package id.kinerja.command.buktidukung;

import id.kinerja.api.buktidukung.AttachBuktiDukung;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.buktidukung.RemoveBuktiDukung;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.command.web.Commands;
import id.kinerja.web.TidakSah;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bukti dukung over HTTP: upload a file (multipart part {@code berkas}, at most 20 MB) to a realisasi or a month's
 * budget realisation, take one off, download one. The file's type is found in its content; it is stored under its
 * SHA-256 in the same transaction as the event that attaches it. Downloads are reads: whoever may read the daerah
 * may download its files, and only files its events name.
 */
@RestController
@RequestMapping(Paths.PK)
@Tag(name = "Bukti dukung", description = "Evidence files behind realisasi and budget realisation")
class BuktiDukungController {

    /** A file attached as bukti dukung, and where to download it. */
    record Lampiran(String sha256, String nama, long ukuran, String mediaType, URI unduh) {
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Commands commands;
    private final PenyimpananBerkas penyimpanan;
    private final DeteksiJenis deteksi;
    private final BuktiDukungTercatat tercatat;
    private final TransactionTemplate transaction;

    BuktiDukungController(Commands commands, PenyimpananBerkas penyimpanan, DeteksiJenis deteksi,
                          BuktiDukungTercatat tercatat, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.penyimpanan = penyimpanan;
        this.deteksi = deteksi;
        this.tercatat = tercatat;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PostMapping(path = "/realisasi/{indicator}/{period}/bukti-dukung", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, WebP, XLSX, DOCX; at most 20 MB) to an indicator's realisasi "
            + "of a period; 201 when attached, 200 when this very file already was")
    ResponseEntity<Lampiran> attachToRealisasi(@PathVariable String tenant, @PathVariable String opd,
                                               @PathVariable int year, @PathVariable String indicator,
                                               @PathVariable Periode period, @RequestPart("berkas") MultipartFile berkas,
                                               HttpServletRequest request) {
        return attach(Paths.pk(tenant, opd, year), BuktiUntuk.realisasi(indicator, period), berkas, request);
    }

    @PostMapping(path = "/realisasi-anggaran/{subKegiatan}/{month}/bukti-dukung",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file to a sub kegiatan's budget realisation of a month")
    ResponseEntity<Lampiran> attachToRealisasiAnggaran(@PathVariable String tenant, @PathVariable String opd,
                                                       @PathVariable int year, @PathVariable String subKegiatan,
                                                       @PathVariable Periode month,
                                                       @RequestPart("berkas") MultipartFile berkas,
                                                       HttpServletRequest request) {
        return attach(Paths.pk(tenant, opd, year), BuktiUntuk.realisasiAnggaran(subKegiatan, month), berkas, request);
    }

    @DeleteMapping("/realisasi/{indicator}/{period}/bukti-dukung/{sha256}")
    @Operation(summary = "Take a file off an indicator's realisasi (it stays in history and as of earlier times)")
    ResponseEntity<Void> removeFromRealisasi(@PathVariable String tenant, @PathVariable String opd,
                                             @PathVariable int year, @PathVariable String indicator,
                                             @PathVariable Periode period, @PathVariable String sha256,
                                             @RequestParam(required = false) String alasan, HttpServletRequest request) {
        return remove(Paths.pk(tenant, opd, year), BuktiUntuk.realisasi(indicator, period), sha256, alasan, request);
    }

    @DeleteMapping("/realisasi-anggaran/{subKegiatan}/{month}/bukti-dukung/{sha256}")
    @Operation(summary = "Take a file off a sub kegiatan's budget realisation of a month")
    ResponseEntity<Void> removeFromRealisasiAnggaran(@PathVariable String tenant, @PathVariable String opd,
                                                     @PathVariable int year, @PathVariable String subKegiatan,
                                                     @PathVariable Periode month, @PathVariable String sha256,
                                                     @RequestParam(required = false) String alasan,
                                                     HttpServletRequest request) {
        return remove(Paths.pk(tenant, opd, year), BuktiUntuk.realisasiAnggaran(subKegiatan, month), sha256, alasan,
                request);
    }

    @GetMapping("/bukti-dukung/{sha256}")
    @Operation(summary = "Download a file attached (now or ever) to this PK's year, checked against its SHA-256")
    ResponseEntity<byte[]> download(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                    @PathVariable String sha256) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        requireSha256(sha256);
        Berkas berkas = tercatat.buktiDukung(pk, sha256).orElseThrow(() -> new BerkasTidakAda(sha256, pk));
        byte[] content = penyimpanan.baca(sha256).orElseThrow(() -> new BerkasHilang(sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(berkas.mediaType()))
                .contentLength(content.length)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(berkas.nama(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(sha256)) + ":")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(content);
    }

    private ResponseEntity<Lampiran> attach(PerjanjianKinerjaId pk, BuktiUntuk untuk, MultipartFile file,
                                            HttpServletRequest request) {
        Unggahan unggahan = Unggahan.dari(file, deteksi);
        Berkas berkas = unggahan.berkas();
        // The events first: a refused file is never stored. Then the bytes, in the same transaction (PostgreSQL).
        Boolean attached = transaction.execute(status -> {
            Boolean now = commands.ask(request, pk.opd().tenant(), new AttachBuktiDukung(pk, untuk, berkas));
            penyimpanan.simpan(berkas.sha256(), unggahan.isi());
            return now;
        });
        URI unduh = URI.create(Paths.uri(pk) + "/bukti-dukung/" + berkas.sha256());
        Lampiran lampiran = new Lampiran(berkas.sha256(), berkas.nama(), berkas.ukuran(), berkas.mediaType(), unduh);
        return Boolean.TRUE.equals(attached) ? ResponseEntity.created(unduh).body(lampiran)
                : ResponseEntity.ok(lampiran);
    }

    private ResponseEntity<Void> remove(PerjanjianKinerjaId pk, BuktiUntuk untuk, String sha256, String alasan,
                                        HttpServletRequest request) {
        requireSha256(sha256);
        commands.send(request, pk.opd().tenant(), new RemoveBuktiDukung(pk, untuk, sha256, alasan));
        return ResponseEntity.noContent().build();
    }

    private static void requireSha256(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new TidakSah("sha256", "sidik SHA-256 berkas harus 64 digit heksadesimal huruf kecil");
        }
    }
}
