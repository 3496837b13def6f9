package id.kinerja.command.buktidukung;

import id.kinerja.api.buktidukung.Berkas;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An uploaded file as the platform sees it: its bytes, their SHA-256, the media type found in them and a clean
 * display name (no path a browser may send along, no control characters).
 */
record Unggahan(byte[] isi, Berkas berkas) {

    private static final int NAMA_MAKSIMUM = 200;

    static Unggahan dari(MultipartFile file, DeteksiJenis deteksi) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Unggahan(content, new Berkas(Sidik.sha256(content), nama(file.getOriginalFilename()),
                content.length, deteksi.jenis(content)));
    }

    static String nama(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().trim();
        if (name.isEmpty()) {
            return "bukti-dukung";
        }
        return name.length() <= NAMA_MAKSIMUM ? name : name.substring(name.length() - NAMA_MAKSIMUM);
    }
}
