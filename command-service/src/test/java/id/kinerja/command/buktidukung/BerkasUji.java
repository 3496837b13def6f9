package id.kinerja.command.buktidukung;

import id.kinerja.demo.ContohBerkas;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real files of every kind a bukti dukung upload meets, written by the libraries made for them. */
public final class BerkasUji {

    private BerkasUji() {
    }

    public static byte[] pdf(String text) {
        return ContohBerkas.pdf(text);
    }

    public static byte[] png(Color color) {
        return ContohBerkas.foto(color, "png");
    }

    public static byte[] jpeg(Color color) {
        return ContohBerkas.foto(color, "jpg");
    }

    public static byte[] xlsx(XSSFWorkbookType type) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(type); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Realisasi").createRow(0).createCell(0).setCellValue("UTTP ditera TW I: 72");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Berita acara tera ulang UTTP triwulan I");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("laporan.txt"));
            zip.write("bukan dokumen".getBytes());
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running JVM's own launcher: a real executable of this machine's format (ELF, Mach-O or PE). */
    public static byte[] executable() {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        try {
            return Files.readAllBytes(java);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF padded to the given size: a valid header, then filler, as a huge scan would be. */
    public static byte[] pdfOfSize(int bytes) {
        byte[] pdf = pdf("Laporan besar");
        byte[] padded = Arrays.copyOf(pdf, bytes);
        Arrays.fill(padded, pdf.length, bytes, (byte) ' ');
        return padded;
    }
}
