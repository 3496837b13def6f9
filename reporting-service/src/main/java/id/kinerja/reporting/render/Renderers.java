package id.kinerja.reporting.render;

import id.kinerja.reporting.naskah.Dokumen;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** Renders a document in the format asked for. */
@Component
public class Renderers {

    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final XlsxRenderer xlsx;

    public Renderers(HtmlRenderer html, PdfRenderer pdf, DocxRenderer docx, XlsxRenderer xlsx) {
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    public byte[] render(Dokumen dokumen, Format format) {
        return switch (format) {
            case PDF -> pdf.render(dokumen);
            case DOCX -> docx.render(dokumen);
            case XLSX -> xlsx.render(dokumen);
            case HTML -> html.render(dokumen).getBytes(StandardCharsets.UTF_8);
        };
    }
}
