package id.kinerja.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents' typeface, Liberation Sans regular, bold and italic: the font files read from the classpath once,
 * then put into each PDF as a subset, so the file prints the same everywhere.
 * <p>
 * Each is loaded without its glyph substitution table (GSUB). With one, PDFBox 3.0 shapes every string it draws
 * through the table's Latin features (ccmp, liga, clig) and compiles a new regular expression per feature per string
 * ({@code GsubWorkerForLatin}; later PDFBox sources cache it per feature, release 3.0.8 does not): a third of
 * reporting-service's CPU in the documents stage of the load benchmark. Without it each character is drawn with its
 * own glyph, as word processors print Liberation Sans by default; only ligatures such as "fi" are no longer joined,
 * and text copied from the PDF is exactly what was written.
 */
final class HurufPdf {

    private static final String FAMILY = "Liberation Sans";

    private record Gaya(String file, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Gaya> gaya = List.of(read("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            read("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            read("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));

    /**
     * Loads the typeface into a document being laid out and gives it to its renderer; close the result once the
     * document is saved (the subsets are cut from the font files then).
     */
    Closeable pasang(PDDocument document, PdfRendererBuilder builder) throws IOException {
        List<TrueTypeFont> loaded = new ArrayList<>();
        Closeable closeAll = () -> {
            for (TrueTypeFont font : loaded) {
                font.close();
            }
        };
        try {
            for (Gaya g : gaya) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(g.bytes()));
                loaded.add(font);
                font.getTableMap().remove(GlyphSubstitutionTable.TAG);
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FAMILY, g.weight(),
                        g.style(), true);
            }
            return closeAll;
        } catch (IOException | RuntimeException e) {
            closeAll.close();
            throw e;
        }
    }

    private static Gaya read(String file, int weight, FontStyle style) {
        try (InputStream in = HurufPdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font liberation/" + file + " is not on the classpath");
            }
            return new Gaya(file, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("font liberation/" + file + " could not be read", e);
        }
    }
}
