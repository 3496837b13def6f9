package id.kinerja.reporting.sumber;

import java.time.Instant;

/**
 * Which PK a document is about and when: {@code asOf} is the recorded time the document shows (fixed when the
 * request came in, so a document can be rendered again exactly), {@code revision} the PK revision to show (null =
 * the one in force at {@code asOf}).
 */
public record PkRef(String tenant, String opd, int year, Instant asOf, Integer revision) {

    public String aggregateId() {
        return tenant + "/" + opd + "/pk/" + year;
    }

    public PkRef revision(Integer other) {
        return new PkRef(tenant, opd, year, asOf, other);
    }
}
