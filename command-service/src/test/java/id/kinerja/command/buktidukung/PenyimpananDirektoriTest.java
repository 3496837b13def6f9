package id.kinerja.command.buktidukung;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory store of the local stack: one file per hash, written whole, checked on every read. */
class PenyimpananDirektoriTest {

    @TempDir
    Path root;

    @Test
    void the_same_content_is_stored_once_and_read_back_checked() throws IOException {
        PenyimpananBerkas store = new PenyimpananDirektori(root);
        byte[] png = BerkasUji.png(Color.BLUE);
        String sha = Sidik.sha256(png);
        store.simpan(sha, png);
        store.simpan(sha, png);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(
                    root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
        }
        assertThat(store.baca(sha)).hasValueSatisfying(content -> assertThat(content).isEqualTo(png));
        assertThat(store.baca("0".repeat(64))).isEmpty();
    }

    @Test
    void bytes_altered_on_disk_are_detected_by_the_hash() throws IOException {
        PenyimpananBerkas store = new PenyimpananDirektori(root);
        byte[] pdf = BerkasUji.pdf("Berita acara");
        String sha = Sidik.sha256(pdf);
        store.simpan(sha, pdf);
        Path stored = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        Files.write(stored, altered);
        assertThatThrownBy(() -> store.baca(sha)).isInstanceOf(BerkasRusak.class).hasMessageContaining(sha)
                .hasMessageContaining(Sidik.sha256(altered));
    }
}
