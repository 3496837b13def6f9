package id.kinerja.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The five seed documents of {@code ../shared/seeds/} transcribed into the import format
 * ({@code docs/import-format.md}), one file per perangkat daerah and year, in {@code seeds/<name>.yaml}.
 */
public final class Seeds {

    /** In the order the local stack loads them. */
    public static final List<String> NAMES = List.of("badung-2023", "buleleng-2023", "sumenep-2023", "luwu-timur-2024");

    private Seeds() {
    }

    /** The seeds present in this build, in load order. */
    public static java.util.List<String> available() {
        return NAMES.stream().filter(name -> Seeds.class.getClassLoader().getResource("seeds/" + name + ".yaml") != null)
                .toList();
    }

    public static String read(String name) {
        String resource = "seeds/" + name + ".yaml";
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
