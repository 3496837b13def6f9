package id.kinerja.reporting.render;

import id.kinerja.reporting.naskah.Angka;
import id.kinerja.reporting.naskah.Dokumen;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;

/**
 * A document as XHTML from the {@code dokumen} template: the page for the browser and the input of the PDF. The
 * template is well-formed XHTML, as the PDF renderer needs.
 */
@Component
public class HtmlRenderer {

    private final ITemplateEngine templates;

    public HtmlRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String render(Dokumen dokumen) {
        Context context = new Context(Locale.forLanguageTag("id-ID"));
        context.setVariable("dokumen", dokumen);
        context.setVariable("qr", dokumen.pengesahan() == null ? null : KodeQr.dataUri(dokumen.pengesahan().tautan()));
        context.setVariable("angka", new Cells());
        return templates.process("dokumen", context);
    }

    /** What the template calls to print a cell, so HTML, PDF, DOCX and XLSX print numbers alike. */
    public static final class Cells {

        public String text(Dokumen.Sel sel, Dokumen.Kolom kolom) {
            return Angka.sel(sel.nilai(), kolom.jenis());
        }

        /** Numbers right aligned; bold and indented as the cell says. */
        public String style(Dokumen.Sel sel, Dokumen.Kolom kolom) {
            return (kolom.jenis() == Dokumen.Jenis.TEKS ? "kiri" : "kanan") + (sel.tebal() ? " tebal" : "")
                    + (sel.tingkat() > 0 ? " t" + Math.min(sel.tingkat(), 3) : "");
        }
    }
}
