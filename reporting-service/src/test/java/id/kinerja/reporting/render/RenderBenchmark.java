package id.kinerja.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.kinerja.queryapi.fakta.BadungEvents;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.reporting.dokumen.PerjanjianKinerjaDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long Badung's PK takes to become a PDF, render after render in one JVM — the renderer's own cost, without
 * HTTP or query-service — beside the HTML template alone and the PDF as it was made before its fonts were loaded
 * without GSUB ({@link HurufPdf}), measured in the same run. Prints figures, asserts no
 * speed. Run with {@code ./mvnw -B verify -pl reporting-service -am -Dgroups=benchmark -Dbenchmarks.excluded=none
 * -Dtest=RenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dkinerja.renders=…}, default 200); add
 * {@code -DargLine=-XX:StartFlightRecording=filename=render.jfr} to see where the time goes.
 */
@Tag("benchmark")
class RenderBenchmark {

    private final HtmlRenderer html = new HtmlRenderer(Templates.engine());
    private final TandaTanganElektronik tte = new TandaTanganElektronik("", "", "", false);
    private final Renderers renderers = new Renderers(html, new PdfRenderer(html, tte), new DocxRenderer(),
            new XlsxRenderer());

    @Test
    void pk_pdf_render_after_render() {
        int renders = Integer.getInteger("kinerja.renders", 200);
        FaktaPk fakta = BadungEvents.fakta(false);
        Dokumen pk = PerjanjianKinerjaDokumen.of(PerjanjianKinerjaView.of(fakta.pk(), fakta.pemdaName()),
                Instant.parse("2023-12-31T00:00:00Z"));
        print("HTML template (baseline)", renders, () -> html.render(pk).length());
        print("PK PDF, fonts as before", renders, () -> asBefore(pk).length);
        print("PK PDF", renders, () -> renderers.render(pk, Format.PDF).length);
        print("PK XLSX", renders, () -> renderers.render(pk, Format.XLSX).length);
    }

    /**
     * The PDF as PdfRenderer made it before HurufPdf: the font files handed to openhtmltopdf per document, GSUB kept
     * (PDFBox then compiles regular expressions for every string it draws).
     */
    private byte[] asBefore(Dokumen dokumen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] font : new String[][]{{"Regular", "400"}, {"Bold", "700"}, {"Italic", "400"}}) {
                builder.useFont(() -> RenderBenchmark.class.getClassLoader().getResourceAsStream(
                                "liberation/LiberationSans-" + font[0] + ".ttf"), "Liberation Sans",
                        Integer.valueOf(font[1]), font[0].equals("Italic") ? BaseRendererBuilder.FontStyle.ITALIC
                                : BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html.render(dokumen), null);
            builder.withProducer("Kinerja");
            builder.toStream(out);
            builder.run();
            try (PDDocument laidOut = Loader.loadPDF(out.toByteArray())) {
                MetadataPdf.tulis(laidOut, dokumen);
                ByteArrayOutputStream withMetadata = new ByteArrayOutputStream();
                laidOut.save(withMetadata);
                try (PDDocument document = Loader.loadPDF(withMetadata.toByteArray())) {
                    return tte.tandatangani(document, "Dokumen Kinerja");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(String what, int renders, Supplier<Integer> render) {
        for (int i = 0; i < Math.max(10, renders / 10); i++) {
            assertThat(render.get()).isPositive();
        }
        double[] ms = new double[renders];
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            render.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-26s %d renders: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, renders,
                ms[renders / 2], ms[(int) Math.ceil(renders * 0.95) - 1], ms[renders - 1]);
    }
}
