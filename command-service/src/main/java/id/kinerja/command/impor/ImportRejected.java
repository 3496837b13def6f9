package id.kinerja.command.impor;

import id.kinerja.command.shared.InvalidInput;
import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;

import java.util.Map;

/**
 * An import file was refused: where in the file (line and path), under which rule, about which field of the
 * command, and why. Nothing of the file was stored.
 */
public class ImportRejected extends RuntimeException implements Masalah {

    private final int line;
    private final String path;
    private final String rule;
    private final String field;
    private final boolean invalidInput;

    public ImportRejected(int line, String path, String rule, String field, String message) {
        this(line, path, rule, field, message, false);
    }

    private ImportRejected(int line, String path, String rule, String field, String message, boolean invalidInput) {
        super(message, null, false, false);
        this.line = line;
        this.path = path;
        this.rule = rule;
        this.field = field;
        this.invalidInput = invalidInput;
    }

    /** A line whose value is no acceptable input at all ({@link InvalidInput}): refused as unreadable, 400. */
    static ImportRejected invalidInput(int line, String path, InvalidInput cause) {
        return new ImportRejected(line, path, cause.rule(), cause.field(), cause.getMessage(), true);
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    @Override
    public String rule() {
        return rule;
    }

    @Override
    public String field() {
        return field;
    }

    /**
     * A file that cannot be read, or a value that is no acceptable input, is a 400; one too large a 413; one breaking
     * a rule a 422 (409, 403 as usual).
     */
    @Override
    public int status() {
        if (invalidInput) {
            return 400;
        }
        return switch (rule) {
            case Kaidah.TOO_LARGE, "file-too-large" -> 413;
            case "already-exists", "concurrent-change" -> 409;
            case Kaidah.FORBIDDEN -> 403;
            case Kaidah.MALFORMED, "format-version", "unknown-section" -> 400;
            default -> 422;
        };
    }

    @Override
    public String detail() {
        return (line > 0 ? "baris " + line + ", " : "") + (path.isEmpty() ? "" : path + ": ") + getMessage()
                + " — tidak ada yang disimpan";
    }

    @Override
    public Map<String, Object> tambahan() {
        return Map.of("line", line, "path", path);
    }
}
