package id.kinerja.reporting.web;

import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.reporting.dokumen.DokumenService;
import id.kinerja.reporting.dokumen.JenisDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.render.Format;
import id.kinerja.reporting.render.Renderers;
import id.kinerja.reporting.sumber.PkRef;
import id.kinerja.reporting.sumber.Sumber;
import id.kinerja.reporting.verifikasi.Penerbitan;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakDitemukan;
import id.kinerja.web.TidakSah;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The official documents of a perangkat daerah's year and a province's recap, as of any recorded time. */
@Tag(name = "Dokumen")
@RestController
public class DokumenController {

    private static final String SUMBER = "proyeksi (query-service's read models) or peristiwa (the auditor's check: "
            + "folded from the raw events in the event store; the same document)";

    private final DokumenService dokumen;
    private final Penerbitan penerbitan;
    private final Renderers renderers;
    private final MeterRegistry meters;

    public DokumenController(DokumenService dokumen, Penerbitan penerbitan, Renderers renderers,
                             MeterRegistry meters) {
        this.dokumen = dokumen;
        this.penerbitan = penerbitan;
        this.renderers = renderers;
        this.meters = meters;
    }

    @Operation(summary = "A document of the year: perjanjian-kinerja, pk-perubahan, rencana-aksi, "
            + "capaian-rencana-aksi or lkjip, as PDF, DOCX, XLSX or HTML")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/dokumen/{jenis}")
    public ResponseEntity<byte[]> dokumen(
            @PathVariable String tenant, @PathVariable String opd, @PathVariable int year, @PathVariable String jenis,
            @Parameter(description = "pdf, docx, xlsx or html") @RequestParam(defaultValue = "pdf") String format,
            @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String asOf,
            @Parameter(description = "PK revision (0 = PK induk); absent = the one in force")
            @RequestParam(required = false) Integer revisi,
            @Parameter(description = SUMBER) @RequestParam(defaultValue = "proyeksi") String sumber) {
        JenisDokumen kind = JenisDokumen.of(jenis).orElseThrow(() -> new TidakSah("jenis", "dokumen '" + jenis
                + "' tidak dikenal; yang ada: " + Arrays.stream(JenisDokumen.values()).map(JenisDokumen::slug).toList()));
        Format type = format(format);
        if (!TenantId.isValid(tenant) || !OpdId.isValidCode(opd)) {
            throw new TidakDitemukan("perangkat daerah " + tenant + "/" + opd + " tidak ada");
        }
        if (revisi != null && revisi < 0) {
            throw new TidakSah("revisi", "revisi 0 (PK induk) atau lebih");
        }
        Sumber.Jenis dari = sumber(sumber);
        PkRef ref = new PkRef(tenant, opd, year, AsOf.parse(asOf), revisi);
        Dokumen document = timed(kind.slug(), type, () -> dokumen.susun(kind, ref, dari)).orElseThrow(() ->
                new TidakDitemukan(kind == JenisDokumen.PK_PERUBAHAN ? "PK " + ref.aggregateId() + " tidak memiliki PK "
                        + "Perubahan per waktu itu" : "PK " + ref.aggregateId() + " tidak ada per waktu itu"));
        return answer(penerbitan.terbitkan(document, kind.slug(), ref), type, kind.slug());
    }

    @Operation(summary = "A province's recap across its kabupaten/kota, as PDF, DOCX, XLSX or HTML")
    @GetMapping("/api/provinsi/{provinsi}/rekap/{year}/dokumen")
    public ResponseEntity<byte[]> rekap(@PathVariable String provinsi, @PathVariable int year,
                                        @RequestParam(defaultValue = "pdf") String format,
                                        @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String asOf,
                                        @Parameter(description = SUMBER)
                                        @RequestParam(defaultValue = "proyeksi") String sumber) {
        Format type = format(format);
        if (!TenantId.isValid(provinsi)) {
            throw new TidakDitemukan("provinsi " + provinsi + " tidak ada");
        }
        Sumber.Jenis dari = sumber(sumber);
        Instant at = AsOf.parse(asOf);
        Dokumen document = timed("rekap-provinsi", type, () -> dokumen.rekap(provinsi, year, at, dari))
                .orElseThrow(() -> new TidakDitemukan("provinsi " + provinsi + " tidak ada per waktu itu"));
        return answer(penerbitan.terbitkanRekap(document, provinsi, year, at), type, Penerbitan.JENIS_REKAP);
    }

    private <T> T timed(String kind, Format format, Supplier<T> work) {
        return Timer.builder("kinerja.dokumen.susun").tag("jenis", kind).tag("format", format.extension())
                .register(meters).record(work);
    }

    private ResponseEntity<byte[]> answer(Dokumen document, Format format, String kind) {
        byte[] body = Timer.builder("kinerja.dokumen.render").tag("jenis", kind).tag("format", format.extension())
                .register(meters).record(() -> renderers.render(document, format));
        ContentDisposition disposition = (format == Format.DOCX || format == Format.XLSX
                ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(document.berkas() + "." + format.extension()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }

    private static Format format(String format) {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TidakSah("format", "format 'pdf', 'docx', 'xlsx' atau 'html', bukan '" + format + "'");
        }
    }

    private static Sumber.Jenis sumber(String sumber) {
        return switch (sumber) {
            case "proyeksi" -> Sumber.Jenis.PROYEKSI;
            case "peristiwa" -> Sumber.Jenis.PERISTIWA;
            default -> throw new TidakSah("sumber", "sumber 'proyeksi' atau 'peristiwa', bukan '" + sumber + "'");
        };
    }

}
