package id.kinerja.command.buktidukung;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Files in the command side's own PostgreSQL ({@code berkas}, V3): stored in the same transaction as the events
 * that attach them, so a refused or failed attachment leaves no file behind.
 */
class PenyimpananPostgres implements PenyimpananBerkas {

    private final JdbcTemplate jdbc;

    PenyimpananPostgres(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void simpan(String sha256, byte[] isi) {
        jdbc.update("INSERT INTO berkas (sha256, ukuran, isi) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                sha256, isi.length, isi);
    }

    @Override
    public Optional<byte[]> baca(String sha256) {
        List<byte[]> found = jdbc.query("SELECT isi FROM berkas WHERE sha256 = ?", (rs, i) -> rs.getBytes(1), sha256);
        return Sidik.checked(sha256, found.isEmpty() ? null : found.get(0));
    }
}
