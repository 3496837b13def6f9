package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prints how long reporting-service takes to gather and render each document kind in each format, over HTTP, for
 * the seeds' largest PK (Luwu Timur: 15 programs, 56 sub kegiatan, 102 indicators) and Badung's PK Perubahan, and
 * the auditor mode beside the projections. A benchmark, not a test: it asserts nothing about speed and runs only
 * when asked: {@code ./mvnw -B verify -pl infra/end-to-end -am -Dbenchmarks.excluded=none -Dgroups=benchmark}.
 */
@Tag("benchmark")
class RenderBenchmark {

    private static final int ROUNDS = Integer.getInteger("kinerja.benchmark.renders", 5);

    @Test
    void render_time_per_document_kind_and_format() throws Exception {
        String luwu = ImportedSeeds.dokumenUrl(ImportedSeeds.imported("luwu-timur-2024"));
        String badung = ImportedSeeds.dokumenUrl(ImportedSeeds.imported("badung-2023"));
        StringBuilder out = new StringBuilder(String.format("%nRender time, mean of %d after one warm-up (ms):%n",
                ROUNDS));
        out.append(String.format("  %-38s %8s %8s %8s %8s%n", "document", "pdf", "docx", "xlsx", "html"));
        for (String document : List.of("perjanjian-kinerja", "rencana-aksi", "capaian-rencana-aksi", "lkjip")) {
            out.append(row("luwu-timur-2024 " + document, luwu + document + "?"));
        }
        out.append(row("badung-2023 pk-perubahan", badung + "pk-perubahan?"));
        out.append(row("badung-2023 pk-perubahan (auditor)", badung + "pk-perubahan?sumber=peristiwa&"));
        System.out.println(out);
    }

    private static String row(String name, String url) {
        StringBuilder line = new StringBuilder(String.format("  %-38s", name));
        for (String format : List.of("pdf", "docx", "xlsx", "html")) {
            Documents.get(url + "format=" + format);
            Instant start = Instant.now();
            for (int i = 0; i < ROUNDS; i++) {
                Documents.get(url + "format=" + format);
            }
            line.append(String.format(" %8d", Duration.between(start, Instant.now()).toMillis() / ROUNDS));
        }
        return line.append('\n').toString();
    }

}
