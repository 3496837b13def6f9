package id.kinerja.reporting.render;

import id.kinerja.reporting.naskah.Angka;
import id.kinerja.reporting.naskah.Dokumen;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A document as DOCX (Apache POI), for users who rework it in a word processor: real Word tables with the header
 * row repeated on every page, A4 in the document's orientation.
 */
@Component
public class DocxRenderer {

    /** A4 in twentieths of a point. */
    private static final BigInteger A4_SHORT = BigInteger.valueOf(11906);
    private static final BigInteger A4_LONG = BigInteger.valueOf(16838);
    private static final String FONT = "Liberation Sans";

    public byte[] render(Dokumen dokumen) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc, dokumen.lanskap());
            for (String line : dokumen.judul()) {
                paragraph(doc, line, true, ParagraphAlignment.CENTER);
            }
            for (Dokumen.Blok blok : dokumen.isi()) {
                if (blok instanceof Dokumen.Subjudul subjudul) {
                    paragraph(doc, subjudul.teks(), true, ParagraphAlignment.LEFT);
                } else if (blok instanceof Dokumen.Paragraf paragraf) {
                    for (String line : paragraf.teks().split("\n")) {
                        paragraph(doc, line, false, ParagraphAlignment.BOTH);
                    }
                } else if (blok instanceof Dokumen.Tabel tabel) {
                    table(doc, tabel);
                } else if (blok instanceof Dokumen.TandaTangan ttd) {
                    signatures(doc, ttd);
                }
            }
            if (dokumen.pengesahan() != null) {
                pengesahan(doc, dokumen.pengesahan());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX could not be written", e);
        }
    }

    /** The data version: at the foot of every page, with the QR code at the end, and in the document properties. */
    private static void pengesahan(XWPFDocument doc, Dokumen.Pengesahan pengesahan) throws IOException {
        XWPFParagraph foot = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        run(foot, pengesahan.kaki(), false, 7);
        XWPFParagraph qr = doc.createParagraph();
        try {
            qr.createRun().addPicture(new ByteArrayInputStream(KodeQr.png(pengesahan.tautan())),
                    Document.PICTURE_TYPE_PNG, "verifikasi.png", Units.toEMU(80), Units.toEMU(80));
        } catch (InvalidFormatException e) {
            throw new IOException("the QR code could not be added", e);
        }
        paragraph(doc, pengesahan.teks(), false, ParagraphAlignment.LEFT);
        paragraph(doc, "Periksa keaslian dokumen ini: pindai kode QR atau buka " + pengesahan.tautan(), false,
                ParagraphAlignment.LEFT);
        var custom = doc.getProperties().getCustomProperties();
        custom.addProperty(MetadataPdf.VERSI, MetadataPdf.json(pengesahan.versi()));
        custom.addProperty(MetadataPdf.VERIFIKASI, pengesahan.tautan());
    }

    private static void page(XWPFDocument doc, boolean landscape) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(landscape ? A4_LONG : A4_SHORT);
        size.setH(landscape ? A4_SHORT : A4_LONG);
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, 10);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }

    private static void table(XWPFDocument doc, Dokumen.Tabel tabel) {
        List<Dokumen.Kolom> kolom = tabel.kolom();
        XWPFTable table = doc.createTable(1, kolom.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < kolom.size(); c++) {
            cell(header.getCell(c), kolom.get(c).judul(), true, ParagraphAlignment.CENTER);
            header.getCell(c).setWidth(kolom.get(c).lebar() + "%");
        }
        for (List<Dokumen.Sel> baris : tabel.baris()) {
            row(table, kolom, baris, false);
        }
        if (tabel.total() != null) {
            row(table, kolom, tabel.total(), true);
        }
        table.setTableAlignment(TableRowAlign.CENTER);
        doc.createParagraph();
    }

    private static void row(XWPFTable table, List<Dokumen.Kolom> kolom, List<Dokumen.Sel> cells, boolean total) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int c = 0; c < kolom.size(); c++) {
            Dokumen.Sel sel = cells.get(c);
            boolean text = kolom.get(c).jenis() == Dokumen.Jenis.TEKS;
            String indent = "  ".repeat(sel.tingkat());
            cell(row.getCell(c), indent + Angka.sel(sel.nilai(), kolom.get(c).jenis()), total || sel.tebal(),
                    text ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, 8);
    }

    private static void signatures(XWPFDocument doc, Dokumen.TandaTangan ttd) {
        XWPFParagraph place = doc.createParagraph();
        place.setAlignment(ParagraphAlignment.RIGHT);
        run(place, ttd.tempatTanggal(), false, 10);
        XWPFTable table = doc.createTable(1, ttd.pihak().size());
        table.removeBorders();
        table.setWidth("100%");
        for (int i = 0; i < ttd.pihak().size(); i++) {
            Dokumen.Penanda pihak = ttd.pihak().get(i);
            XWPFTableCell cell = table.getRow(0).getCell(i);
            cell(cell, pihak.peran(), true, ParagraphAlignment.CENTER);
            line(cell, pihak.jabatan(), false);
            line(cell, "", false);
            line(cell, "", false);
            line(cell, pihak.nama(), true);
            if (pihak.pangkat() != null) {
                line(cell, pihak.pangkat(), false);
            }
            if (pihak.nip() != null) {
                line(cell, "NIP. " + pihak.nip(), false);
            }
        }
    }

    private static void line(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, bold, 10);
    }
}
