package id.kinerja.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.kinerja.reporting.naskah.Dokumen;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A document as PDF: its HTML laid out on A4 by openhtmltopdf, table headers repeated on every page, Liberation
 * Sans embedded (subset) so the file prints the same everywhere.
 */
@Component
public class PdfRenderer {

    private static final String FONT_FAMILY = "Liberation Sans";

    private final HtmlRenderer html;

    public PdfRenderer(HtmlRenderer html) {
        this.html = html;
    }

    public byte[] render(Dokumen dokumen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSans-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSans-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html.render(dokumen), null);
            builder.withProducer("Kinerja");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> PdfRenderer.class.getClassLoader().getResourceAsStream("liberation/" + file),
                FONT_FAMILY, weight, style, true);
    }
}
