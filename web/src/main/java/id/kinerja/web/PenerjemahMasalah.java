package id.kinerja.web;

import java.util.Optional;

/**
 * Reads a service's own framework exceptions as problems (Axon's "aggregate not found" or "concurrent change", a
 * database that cannot answer): a service declares one as a bean, and {@link ProblemHandler} asks it before
 * treating an exception as unexpected.
 */
@FunctionalInterface
public interface PenerjemahMasalah {

    Optional<Masalah> terjemahkan(Throwable e);

    /** A problem of a fixed status and rule with the given message. */
    static Masalah masalah(int status, String rule, String message) {
        return new Masalah() {
            @Override
            public int status() {
                return status;
            }

            @Override
            public String rule() {
                return rule;
            }

            @Override
            public String getMessage() {
                return message;
            }
        };
    }
}
