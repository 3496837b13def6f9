package id.kinerja.query.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs reads in one read-only transaction as the database role {@code kinerja_baca}, whose row-level security
 * policies (V4) show only the rows of the tenants named here, or of one province and its kabupaten/kota. The
 * isolation holds even if a query forgets its tenant filter. The transaction is REPEATABLE READ: a read made of
 * several statements (a PK, its realisasi, its budget; the names of the PKs' facts and the facts themselves) sees the
 * read models as one committed state, never half of a batch the projections committed in between.
 */
@Component
public class TenantScope {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public TenantScope(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Who may be seen: tenants by code, and a province whose whole tree is visible (or null). */
    public record Scope(List<String> tenants, String provinsi) {

        public static Scope tenant(String tenant) {
            return new Scope(List.of(tenant), null);
        }

        public static Scope provinsi(String provinsi) {
            return new Scope(List.of(), provinsi);
        }

        /** Sees nothing: for a request that names no valid tenant. */
        public static Scope none() {
            return new Scope(List.of(), null);
        }
    }

    public <T> T within(Scope scope, Supplier<T> reads) {
        return readOnly.execute(status -> {
            jdbc.execute("SET LOCAL ROLE kinerja_baca");
            jdbc.queryForObject("SELECT set_config('kinerja.tenants', ?, true)", String.class,
                    String.join(",", scope.tenants()));
            jdbc.queryForObject("SELECT set_config('kinerja.provinsi', ?, true)", String.class,
                    scope.provinsi() == null ? "" : scope.provinsi());
            return reads.get();
        });
    }
}
