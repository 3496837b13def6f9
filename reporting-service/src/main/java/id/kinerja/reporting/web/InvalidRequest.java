package id.kinerja.reporting.web;

/** A request parameter that cannot be honoured: which one, and the rule. */
class InvalidRequest extends RuntimeException {

    private final String field;

    InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
