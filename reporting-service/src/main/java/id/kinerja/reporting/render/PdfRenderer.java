package id.kinerja.reporting.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.kinerja.reporting.naskah.Dokumen;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A document as PDF: its HTML laid out on A4 by openhtmltopdf, table headers repeated on every page, Liberation
 * Sans embedded (subset, {@link HurufPdf}); then its data version written into the PDF's
 * metadata ({@link MetadataPdf}) and, when a key is configured, the PAdES signature ({@link TandaTanganElektronik}).
 */
@Component
public class PdfRenderer {

    private final HtmlRenderer html;
    private final TandaTanganElektronik tte;
    private final HurufPdf huruf = new HurufPdf();

    public PdfRenderer(HtmlRenderer html, TandaTanganElektronik tte) {
        this.html = html;
        this.tte = tte;
    }

    /**
     * Lays the document out into a PDDocument kept open, writes its metadata into it and saves it once (signed when
     * a key is configured) — no save and reload between layout and metadata.
     */
    public byte[] render(Dokumen dokumen) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        try (PDDocument document = new PDDocument(); Closeable fonts = huruf.pasang(document, builder)) {
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.withHtmlContent(html.render(dokumen), null);
            builder.withProducer("Kinerja");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
                MetadataPdf.tulis(document, dokumen);
                return tte.tandatangani(document, dokumen.pengesahan() == null ? "Dokumen Kinerja"
                        : "Dokumen Kinerja, " + dokumen.pengesahan().teks());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be rendered", e);
        }
    }
}
