package id.kinerja.portal.layanan;

/**
 * A service refused a request with an RFC 7807 problem: the status, the rule it names, the field at fault and the
 * Indonesian detail. Pages show it next to the field it names.
 */
public class Penolakan extends RuntimeException {

    private final int status;
    private final String rule;
    private final String field;

    public Penolakan(int status, String rule, String field, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
