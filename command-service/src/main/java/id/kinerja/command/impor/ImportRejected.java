package id.kinerja.command.impor;

import id.kinerja.command.shared.InvalidInput;

/**
 * An import file was refused: where in the file (line and path), under which rule, about which field of the
 * command, and why. Nothing of the file was stored.
 */
public class ImportRejected extends RuntimeException {

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

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public boolean invalidInput() {
        return invalidInput;
    }
}
