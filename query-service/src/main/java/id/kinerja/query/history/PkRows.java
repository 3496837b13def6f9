package id.kinerja.query.history;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Which PKs a read takes the rows of, at a moment: one PK (a perangkat daerah's year), or every PK of a year of
 * several daerah or of a set of PKs at once — a province's roll-up reads its kabupaten/kota with one query per table
 * rather than a dozen per PK. Rows come back with their tenant and OPD, so one row mapper serves both. {@code params} hold
 * {@code :tenant}/{@code :opd} or {@code :tenants} (and {@code :pks}), {@code :year}, {@code :owner} and {@code :asOf}.
 */
public record PkRows(String tenantCondition, MapSqlParameterSource params, Saat saat) {

    /** A PK of the year: its daerah and perangkat daerah. */
    public record Key(String tenant, String opd) {

        public static Key of(ResultSet rs) throws SQLException {
            return new Key(rs.getString("tenant"), rs.getString("opd"));
        }
    }

    /** One perangkat daerah's PK of the year. */
    public static PkRows pk(String tenant, String opd, int year, Saat saat) {
        return new PkRows("x.tenant = :tenant AND x.opd = :opd",
                saat.pk(tenant, opd, year).addValue("owner", "pk/" + year), saat);
    }

    /** Every PK of the year of these daerah (at least one). */
    public static PkRows daerah(Collection<String> tenants, int year, Saat saat) {
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("no daerah to read");
        }
        return new PkRows("x.tenant IN (:tenants)", new MapSqlParameterSource("tenants", List.copyOf(tenants))
                .addValue("year", year).addValue("owner", "pk/" + year).addValue("asOf", History.timestamp(saat.at())),
                saat);
    }

    /** These PKs of the year (at least one): e.g. those whose summary the province roll-up does not keep yet. */
    public static PkRows pks(Collection<Key> pks, int year, Saat saat) {
        PkRows daerah = daerah(pks.stream().map(Key::tenant).distinct().toList(), year, saat);
        return new PkRows(daerah.tenantCondition() + " AND (x.tenant, x.opd) IN (:pks)",
                daerah.params().addValue("pks", pks.stream().map(pk -> new Object[] {pk.tenant(), pk.opd()}).toList()),
                saat);
    }

    /** The condition on alias {@code x} of a table keyed by tenant, OPD and year. */
    public String where() {
        return tenantCondition + " AND x.year = :year AND " + saat.on("x");
    }

    /** The condition on alias {@code x} of the indikator table, whose PK indicators are owned by {@code pk/<year>}. */
    public String whereOwnedByPk() {
        return tenantCondition + " AND x.owner = :owner AND " + saat.on("x");
    }
}
