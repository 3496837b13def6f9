package id.kinerja.command.shared;

/** The command would create something that already exists (a tenant, a Renstra, a year's PK). */
public class AlreadyExists extends RuleViolation {

    public AlreadyExists(String field, String message) {
        super("already-exists", field, message);
    }

    @Override
    public int status() {
        return 409;
    }
}
