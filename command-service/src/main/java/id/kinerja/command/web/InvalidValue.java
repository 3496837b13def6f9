package id.kinerja.command.web;

/** A value in the request path or body (a tenant code, an OPD code, a period) is not well formed. */
public class InvalidValue extends RuntimeException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
