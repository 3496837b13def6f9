package id.kinerja.command.shared;

import id.kinerja.web.Masalah;

/**
 * A command broke a business rule. It names the rule (a stable code, e.g. {@code rencana-aksi-disagrees}),
 * the field of the request at fault, and says in the users' language what is wrong. Thrown before any event
 * is applied, so nothing of the command is stored; it reads as an RFC 7807 problem ({@link Masalah}).
 */
public class RuleViolation extends RuntimeException implements Masalah {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    /** 422: the request was understood, but the rule forbids it. */
    @Override
    public int status() {
        return 422;
    }

    @Override
    public String rule() {
        return rule;
    }

    @Override
    public String field() {
        return field;
    }

    /** Throws unless the condition holds. */
    public static void require(boolean condition, String rule, String field, String message) {
        if (!condition) {
            throw new RuleViolation(rule, field, message);
        }
    }

    /** Throws {@code required} for a null or blank text. */
    public static void requireText(String value, String field, String what) {
        require(value != null && !value.isBlank(), "required", field, what + " wajib diisi");
    }
}
