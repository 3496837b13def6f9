package id.kinerja.command.impor;

/**
 * An import file was refused: where in the file (line and path), under which rule, about which field of the
 * command, and why. Nothing of the file was stored.
 */
public class ImportRejected extends RuntimeException {

    private final int line;
    private final String path;
    private final String rule;
    private final String field;

    public ImportRejected(int line, String path, String rule, String field, String message) {
        super(message, null, false, false);
        this.line = line;
        this.path = path;
        this.rule = rule;
        this.field = field;
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
}
