package id.kinerja.query.history;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.time.Instant;

/**
 * The moment a read is about: as of a recorded time (everything recorded up to and including it), or just before
 * one (what a row showed the instant before an event recorded then changed it, the "before" of a revision).
 */
public record Saat(Instant at, boolean justBefore) {

    public static Saat asOf(Instant at) {
        return new Saat(at, false);
    }

    public static Saat justBefore(Instant at) {
        return new Saat(at, true);
    }

    /** The as-of condition on a table alias, with the named parameter {@code :asOf}. */
    public String on(String alias) {
        return AsOfSql.at(alias, justBefore);
    }

    /** Parameters naming a PK's rows at this moment: {@code :tenant}, {@code :opd}, {@code :year}, {@code :asOf}. */
    public MapSqlParameterSource pk(String tenant, String opd, int year) {
        return new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("year", year)
                .addValue("asOf", History.timestamp(at));
    }
}
