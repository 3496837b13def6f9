package id.kinerja.web;

import java.util.Map;

/**
 * A refusal that knows how it reads as an RFC 7807 problem: its HTTP status, the rule it broke ({@link Kaidah} or a
 * business rule such as {@code pk-signed}), the field at fault, and its {@link #detail()} — Indonesian, for the
 * user. Exceptions of every service implement it; one handler ({@link ProblemHandler}) writes
 * them all the same way.
 */
public interface Masalah {

    int status();

    String rule();

    /** An exception's own message. */
    String getMessage();

    /** What users read: the message, unless the refusal says more. */
    default String detail() {
        return getMessage();
    }

    /** The request field at fault, or null. */
    default String field() {
        return null;
    }

    /** More members of the problem (e.g. an import's line and path). */
    default Map<String, Object> tambahan() {
        return Map.of();
    }
}
