package id.kinerja.command.impor;

import id.kinerja.api.common.Nilai;
import id.kinerja.command.pk.Outline;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The spreadsheet an OPD fills in during the year for a signed PK: its indicators ready for Rencana Aksi and
 * realisasi, its sub kegiatan ready for monthly budget realisation. Sent back, it is read by
 * {@link SpreadsheetTree} and imported like any file.
 */
final class SpreadsheetTemplate {

    private SpreadsheetTemplate() {
    }

    static byte[] of(Outline outline) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            identity(workbook.createSheet(Spreadsheet.IDENTITY), outline, styles);
            rencanaAksi(workbook.createSheet(Spreadsheet.RENCANA_AKSI), outline, styles);
            realisasi(workbook.createSheet(Spreadsheet.REALISASI), outline, styles);
            anggaran(workbook.createSheet(Spreadsheet.ANGGARAN), outline, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void identity(Sheet sheet, Outline outline, Styles styles) {
        sheet.createRow(0).createCell(0).setCellValue("Kinerja — formulir kemajuan Perjanjian Kinerja " + outline.pk());
        sheet.getRow(0).getCell(0).setCellStyle(styles.header);
        text(sheet.createRow(Spreadsheet.ROW_PEMDA), "Kode pemerintah daerah", outline.pk().opd().tenant().code());
        text(sheet.createRow(Spreadsheet.ROW_OPD), "Kode perangkat daerah", outline.pk().opd().code());
        Row year = sheet.createRow(Spreadsheet.ROW_YEAR);
        year.createCell(0).setCellValue("Tahun");
        year.createCell(1).setCellValue(outline.pk().year());
        String[] help = {
                "Isi lembar Rencana Aksi (target per triwulan dan penanggung jawab), Realisasi (satu baris per "
                        + "indikator dan periode: TW1 … TW4, JAN … DES atau TAHUN; kendala dan tindak lanjut bila "
                        + "realisasi di bawah target) dan Realisasi Anggaran (per bulan).",
                "Angka ditulis sebagai angka; kosongkan sel yang tidak diisi. Jangan mengubah lembar ini.",
                "Kirim kembali ke POST /api/import; baris yang ditolak disebut beserta selnya, dan tidak ada yang disimpan."};
        for (int i = 0; i < help.length; i++) {
            sheet.createRow(5 + i).createCell(0).setCellValue(help[i]);
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 20 * 256);
    }

    private static void rencanaAksi(Sheet sheet, Outline outline, Styles styles) {
        header(sheet, Spreadsheet.RENCANA_AKSI_HEADER, styles);
        int r = 1;
        for (Outline.IndicatorLine line : outline.indicators()) {
            Row row = indicatorRow(sheet, r++, line);
            Nilai target = line.target();
            if (target != null && target.isAngka()) {
                row.createCell(3).setCellValue(target.angka().doubleValue());
            } else if (target != null) {
                row.createCell(3).setCellValue(target.predikat().name());
            }
        }
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void realisasi(Sheet sheet, Outline outline, Styles styles) {
        header(sheet, Spreadsheet.REALISASI_HEADER, styles);
        int r = 1;
        for (Outline.IndicatorLine line : outline.indicators()) {
            for (String quarter : Spreadsheet.QUARTERS) {
                indicatorRow(sheet, r++, line).createCell(3).setCellValue(quarter);
            }
        }
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(Spreadsheet.PENDING_COLUMN, 40 * 256);
        sheet.setColumnWidth(Spreadsheet.KENDALA_COLUMN, 50 * 256);
        sheet.setColumnWidth(Spreadsheet.TINDAK_LANJUT_COLUMN, 50 * 256);
    }

    private static void anggaran(Sheet sheet, Outline outline, Styles styles) {
        List<String> header = new java.util.ArrayList<>(List.of("Kode Sub Kegiatan", "Sub Kegiatan", "Pagu"));
        header.addAll(Spreadsheet.MONTHS);
        header(sheet, header, styles);
        int r = 1;
        for (Outline.BudgetLine line : outline.subKegiatan()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.code());
            row.createCell(1).setCellValue(line.name());
            if (line.pagu() != null) {
                row.createCell(2).setCellValue(line.pagu().amount());
                row.getCell(2).setCellStyle(styles.rupiah);
            }
        }
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 18 * 256);
    }

    private static Row indicatorRow(Sheet sheet, int r, Outline.IndicatorLine line) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(line.indicator().code());
        row.createCell(1).setCellValue(line.indicator().name());
        row.createCell(2).setCellValue(line.indicator().unit());
        return row;
    }

    private static void header(Sheet sheet, List<String> titles, Styles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.max(12, titles.get(c).length() + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, String label, String value) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle rupiah;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            rupiah = workbook.createCellStyle();
            rupiah.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }
    }
}
