package id.kinerja.command.buktidukung;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

/**
 * Chooses where bukti dukung files live: {@code kinerja.berkas.penyimpanan=postgres} (the default: the command
 * side's database) or {@code direktori} with {@code kinerja.berkas.direktori} (the local stack can use its working
 * directory). An S3-compatible store is the production option (docs/bukti-dukung.md).
 */
@Configuration
class PenyimpananConfiguration {

    @Bean
    PenyimpananBerkas penyimpananBerkas(@Value("${kinerja.berkas.penyimpanan:postgres}") String kind,
                                        @Value("${kinerja.berkas.direktori:}") String directory, JdbcTemplate jdbc) {
        return switch (kind) {
            case "postgres" -> new PenyimpananPostgres(jdbc);
            case "direktori" -> {
                if (directory.isBlank()) {
                    throw new IllegalStateException("kinerja.berkas.penyimpanan=direktori needs kinerja.berkas.direktori");
                }
                yield new PenyimpananDirektori(Path.of(directory));
            }
            default -> throw new IllegalStateException("kinerja.berkas.penyimpanan must be postgres or direktori, not "
                    + kind);
        };
    }
}
