package id.kinerja.reporting.render;

import id.kinerja.api.common.Nilai;
import id.kinerja.reporting.naskah.Angka;
import id.kinerja.reporting.naskah.Dokumen;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A document as XLSX (Apache POI), for users who rework the tables: amounts and values stay numbers (whole rupiah,
 * decimals, percentages) with number formats, so sums and filters work; the first table's header repeats on every
 * printed page.
 */
@Component
public class XlsxRenderer {

    private static final int WIDTH_UNITS_PER_PERCENT = 700;

    public byte[] render(Dokumen dokumen) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Dokumen");
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(dokumen.lanskap());
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            int columns = dokumen.isi().stream().filter(Dokumen.Tabel.class::isInstance)
                    .mapToInt(b -> ((Dokumen.Tabel) b).kolom().size()).max().orElse(1);
            int r = 0;
            for (String line : dokumen.judul()) {
                r = merged(sheet, r, columns, line, styles.title);
            }
            boolean firstTable = true;
            for (Dokumen.Blok blok : dokumen.isi()) {
                r++;
                if (blok instanceof Dokumen.Subjudul subjudul) {
                    r = merged(sheet, r, columns, subjudul.teks(), styles.bold);
                } else if (blok instanceof Dokumen.Paragraf paragraf) {
                    for (String line : paragraf.teks().split("\n")) {
                        r = merged(sheet, r, columns, line, styles.text);
                    }
                } else if (blok instanceof Dokumen.Tabel tabel) {
                    if (firstTable) {
                        sheet.setRepeatingRows(new CellRangeAddress(r, r, 0, tabel.kolom().size() - 1));
                        for (int c = 0; c < tabel.kolom().size(); c++) {
                            sheet.setColumnWidth(c, Math.min(255 * 256, tabel.kolom().get(c).lebar()
                                    * WIDTH_UNITS_PER_PERCENT));
                        }
                        firstTable = false;
                    }
                    r = table(sheet, r, tabel, styles);
                } else if (blok instanceof Dokumen.TandaTangan ttd) {
                    r = signatures(sheet, r, ttd, styles);
                }
            }
            if (dokumen.pengesahan() != null) {
                pengesahan((XSSFWorkbook) workbook, sheet, r + 1, columns, dokumen.pengesahan(), styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX could not be written", e);
        }
    }

    /** The data version: in the printed footer, below the tables with the QR code, and in the workbook properties. */
    private static void pengesahan(XSSFWorkbook workbook, Sheet sheet, int r, int columns,
                                   Dokumen.Pengesahan pengesahan, Styles styles) {
        sheet.getFooter().setLeft(pengesahan.kaki());
        r = merged(sheet, r, columns, pengesahan.teks(), styles.text);
        r = merged(sheet, r, columns, "Periksa keaslian dokumen ini: pindai kode QR atau buka " + pengesahan.tautan(),
                styles.text);
        int picture = workbook.addPicture(KodeQr.png(pengesahan.tautan()), Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setRow1(r);
        sheet.createDrawingPatriarch().createPicture(anchor, picture).resize(1.0);
        var custom = workbook.getProperties().getCustomProperties();
        custom.addProperty(MetadataPdf.VERSI, MetadataPdf.json(pengesahan.versi()));
        custom.addProperty(MetadataPdf.VERIFIKASI, pengesahan.tautan());
    }

    private static int merged(Sheet sheet, int r, int columns, String text, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return r + 1;
    }

    private static int table(Sheet sheet, int r, Dokumen.Tabel tabel, Styles styles) {
        Row header = sheet.createRow(r++);
        for (int c = 0; c < tabel.kolom().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(tabel.kolom().get(c).judul());
            cell.setCellStyle(styles.header);
        }
        for (List<Dokumen.Sel> baris : tabel.baris()) {
            row(sheet.createRow(r++), tabel.kolom(), baris, false, styles);
        }
        if (tabel.total() != null) {
            row(sheet.createRow(r++), tabel.kolom(), tabel.total(), true, styles);
        }
        return r;
    }

    private static void row(Row row, List<Dokumen.Kolom> kolom, List<Dokumen.Sel> cells, boolean total, Styles styles) {
        for (int c = 0; c < kolom.size(); c++) {
            Dokumen.Sel sel = cells.get(c);
            Dokumen.Jenis jenis = kolom.get(c).jenis();
            boolean bold = total || sel.tebal();
            Cell cell = row.createCell(c);
            Object value = sel.nilai() instanceof Nilai nilai && nilai.isAngka() ? nilai.angka() : sel.nilai();
            if (value instanceof Long amount) {
                cell.setCellValue(amount);
                cell.setCellStyle(styles.number(jenis, bold));
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.number(jenis, bold));
            } else {
                cell.setCellValue(value == null ? "-" : "  ".repeat(sel.tingkat()) + value);
                cell.setCellStyle(bold ? styles.boldCell : styles.cell);
            }
        }
    }

    private static int signatures(Sheet sheet, int r, Dokumen.TandaTangan ttd, Styles styles) {
        sheet.createRow(r++).createCell(Math.max(0, ttd.pihak().size() - 1) * 3).setCellValue(ttd.tempatTanggal());
        String[][] lines = new String[ttd.pihak().size()][];
        for (int i = 0; i < lines.length; i++) {
            Dokumen.Penanda p = ttd.pihak().get(i);
            lines[i] = new String[]{p.peran(), p.jabatan(), "", "", p.nama(), p.pangkat(),
                    p.nip() == null ? null : "NIP. " + p.nip()};
        }
        for (int line = 0; line < 7; line++) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i][line] != null) {
                    Cell cell = row.createCell(i * 3);
                    cell.setCellValue(lines[i][line]);
                    cell.setCellStyle(line == 0 || line == 4 ? styles.bold : styles.text);
                }
            }
        }
        return r;
    }

    /** Cell styles, made once per workbook (a workbook holds a limited number of them). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle bold;
        final CellStyle text;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle boldCell;
        private final Map<Dokumen.Jenis, CellStyle> numbers = new EnumMap<>(Dokumen.Jenis.class);
        private final Map<Dokumen.Jenis, CellStyle> boldNumbers = new EnumMap<>(Dokumen.Jenis.class);

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(boldFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            text = workbook.createCellStyle();
            text.setWrapText(false);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cell = bordered(workbook);
            cell.setWrapText(true);
            boldCell = bordered(workbook);
            boldCell.setWrapText(true);
            boldCell.setFont(boldFont);
            for (Dokumen.Jenis jenis : Dokumen.Jenis.values()) {
                String format = switch (jenis) {
                    case RUPIAH -> "#,##0";
                    case PERSEN -> "0.00";
                    case NILAI, TEKS -> "#,##0.00##";
                };
                numbers.put(jenis, number(workbook, format, null));
                boldNumbers.put(jenis, number(workbook, format, boldFont));
            }
        }

        CellStyle number(Dokumen.Jenis jenis, boolean bold) {
            return (bold ? boldNumbers : numbers).get(jenis);
        }

        private static CellStyle number(Workbook workbook, String format, Font font) {
            CellStyle style = bordered(workbook);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
