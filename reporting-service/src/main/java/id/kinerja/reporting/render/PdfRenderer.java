package id.kinerja.reporting.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.kinerja.reporting.naskah.Dokumen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
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

    public byte[] render(Dokumen dokumen) {
        try (PDDocument laidOut = Loader.loadPDF(layout(dokumen))) {
            MetadataPdf.tulis(laidOut, dokumen);
            ByteArrayOutputStream withMetadata = new ByteArrayOutputStream();
            laidOut.save(withMetadata);
            try (PDDocument document = Loader.loadPDF(withMetadata.toByteArray())) {
                return tte.tandatangani(document, dokumen.pengesahan() == null ? "Dokumen Kinerja"
                        : "Dokumen Kinerja, " + dokumen.pengesahan().teks());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be finished", e);
        }
    }

    private byte[] layout(Dokumen dokumen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        try (PDDocument document = new PDDocument(); Closeable fonts = huruf.pasang(document, builder)) {
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.withHtmlContent(html.render(dokumen), null);
            builder.withProducer("Kinerja");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be rendered", e);
        }
        return out.toByteArray();
    }
}
