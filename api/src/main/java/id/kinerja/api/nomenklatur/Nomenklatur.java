package id.kinerja.api.nomenklatur;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The national nomenclature of programs, kegiatan and sub kegiatan (Kepmendagri 050-5889/2021 and its update), as
 * far as the repository ships it: {@code nomenklatur/kepmendagri-050-5889-2021.csv}, whose header names the source.
 * Names are matched the way people retype them — case, punctuation and spacing do not matter — and by the other
 * spellings documents are known to print. A name that fits no entry, or several, is not guessed.
 */
public final class Nomenklatur {

    static final String RESOURCE = "/nomenklatur/kepmendagri-050-5889-2021.csv";
    private static final String EVERY_URUSAN = "X.XX";
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SEEDS = Pattern.compile("\\s*\\(\\d{3}(, \\d{3})*\\)$");
    private static final Nomenklatur CATALOGUE = load();

    /** The level a code names, by its shape. */
    public enum Level {
        URUSAN("\\d\\.\\d{2}"), PROGRAM("\\d\\.\\d{2}\\.\\d{2}"), KEGIATAN("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}"),
        SUB_KEGIATAN("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}");

        private final Pattern shape;

        Level(String shape) {
            this.shape = Pattern.compile(shape);
        }

        /** Whether a code has this level's shape, e.g. {@code 2.17.03.2.01} for a kegiatan. */
        public boolean fits(String code) {
            return code != null && shape.matcher(code).matches();
        }

        static Level of(String code) {
            for (Level level : values()) {
                if (level.fits(code)) {
                    return level;
                }
            }
            throw new IllegalArgumentException("not a nomenclature code: " + code);
        }
    }

    public record Entry(String code, String name, Level level) {
    }

    /** What a name matched: one entry (found), several (ambiguous) or none. */
    public record Lookup(List<Entry> candidates) {

        public Optional<Entry> found() {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }

        public boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    private final Map<String, Entry> byCode;
    private final Map<String, List<Entry>> byName;

    private Nomenklatur(Map<String, Entry> byCode, Map<String, List<Entry>> byName) {
        this.byCode = byCode;
        this.byName = byName;
    }

    public static Nomenklatur catalogue() {
        return CATALOGUE;
    }

    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The entries of a level whose name (or a known other spelling) is this name, under a parent code if given. */
    public Lookup lookup(Level level, String parentCode, String name) {
        List<Entry> candidates = byName.getOrDefault(normalised(name), List.of()).stream()
                .filter(e -> e.level() == level)
                .filter(e -> parentCode == null || e.code().startsWith(parentCode + "."))
                .distinct().toList();
        return new Lookup(candidates);
    }

    /** A name as people retype it: lower case, letters and digits only, single spaces. */
    public static String normalised(String name) {
        if (name == null) {
            return "";
        }
        return NOT_LETTERS_OR_DIGITS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static Nomenklatur load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Nomenklatur.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue " + RESOURCE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> urusan = rows.stream().map(r -> r[0].trim()).filter(Level.URUSAN::fits).toList();
        Map<String, Entry> byCode = new LinkedHashMap<>();
        Map<String, List<Entry>> byName = new LinkedHashMap<>();
        for (String[] row : rows) {
            String code = row[0].trim();
            List<String> codes = code.startsWith(EVERY_URUSAN)
                    ? urusan.stream().map(u -> u + code.substring(EVERY_URUSAN.length())).toList() : List.of(code);
            for (String each : codes) {
                Entry entry = new Entry(each, row[1].trim(), Level.of(each));
                byCode.put(each, entry);
                byName.computeIfAbsent(normalised(entry.name()), n -> new ArrayList<>()).add(entry);
                if (row.length > 2 && !row[2].isBlank()) {
                    for (String other : row[2].split("\\|")) {
                        String spelling = SEEDS.matcher(other.trim()).replaceFirst("");
                        byName.computeIfAbsent(normalised(spelling), n -> new ArrayList<>()).add(entry);
                    }
                }
            }
        }
        return new Nomenklatur(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(byName));
    }
}
