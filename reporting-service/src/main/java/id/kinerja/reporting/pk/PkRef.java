package id.kinerja.reporting.pk;

import java.time.Instant;

/**
 * Which PK a document is about and when: {@code asOf} is the recorded time (null = now), {@code revision} the PK
 * revision to show (null = the one in force at {@code asOf}).
 */
public record PkRef(String tenant, String opd, int year, Instant asOf, Integer revision) {

    public String aggregateId() {
        return tenant + "/" + opd + "/pk/" + year;
    }
}
