package id.kinerja.query.history;

/**
 * The one as-of condition: a row is what the platform knew at :asOf when its recorded-time range contains it.
 * Every read-model table has an index on (tenant, …, recorded_from) including recorded_to for it.
 */
public final class AsOfSql {

    private AsOfSql() {
    }

    /** The condition on a table alias, with the named parameter {@code :asOf}. */
    public static String on(String alias) {
        return "(" + alias + ".recorded_from <= :asOf AND (" + alias + ".recorded_to IS NULL OR " + alias
                + ".recorded_to > :asOf))";
    }

    /**
     * The state just before :asOf — what a row showed the instant before an event recorded at :asOf changed it;
     * used to put a revision's "before" beside its "after".
     */
    public static String justBefore(String alias) {
        return "(" + alias + ".recorded_from < :asOf AND (" + alias + ".recorded_to IS NULL OR " + alias
                + ".recorded_to >= :asOf))";
    }

    public static String at(String alias, boolean justBefore) {
        return justBefore ? justBefore(alias) : on(alias);
    }
}
