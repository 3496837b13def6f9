package id.kinerja.command.buktidukung;

import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's type comes from its content: real files of each kind, and the ones to refuse. */
class DeteksiJenisTest {

    private final DeteksiJenis deteksi = new DeteksiJenis();

    @Test
    void documents_and_images_are_recognised_by_their_content() {
        assertThat(deteksi.jenis(BerkasUji.pdf("Berita acara"))).isEqualTo("application/pdf");
        assertThat(deteksi.jenis(BerkasUji.png(Color.GREEN))).isEqualTo("image/png");
        assertThat(deteksi.jenis(BerkasUji.jpeg(Color.RED))).isEqualTo("image/jpeg");
        assertThat(deteksi.jenis(BerkasUji.xlsx(XSSFWorkbookType.XLSX)))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(deteksi.jenis(BerkasUji.docx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void executables_archives_and_macros_are_what_they_are_whatever_their_name() {
        assertThat(JenisBerkas.diterima(deteksi.jenis(BerkasUji.executable()))).isFalse();
        assertThat(deteksi.jenis(BerkasUji.zip())).isEqualTo("application/zip");
        assertThat(deteksi.jenis(BerkasUji.xlsx(XSSFWorkbookType.XLSM)))
                .isEqualTo("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        assertThat(deteksi.jenis("<script>alert(1)</script>".getBytes())).isNotIn("application/pdf", "image/png");
        assertThat(deteksi.jenis(new byte[0])).isEqualTo("application/octet-stream");
    }
}
