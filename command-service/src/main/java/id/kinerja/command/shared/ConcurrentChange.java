package id.kinerja.command.shared;

/**
 * The command was prepared against a state that has changed since (another PK Perubahan was signed first): refused
 * rather than applied on top of what its author did not see (409, like two writers of one aggregate).
 */
public class ConcurrentChange extends RuleViolation {

    public ConcurrentChange(String field, String message) {
        super("concurrent-change", field, message);
    }

    @Override
    public int status() {
        return 409;
    }
}
