package id.kinerja.query.tenancy;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.query.replay.ReadModelTables;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two kabupaten of two provinces in one database: under row-level security a read sees only the rows of the
 * tenant (or the province's tree) its scope names, even with no tenant filter in the query — so a bug in a query
 * cannot leak another tenant's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest extends ReadModelTest {

    private final SmallPk bangli = new SmallPk("51.06", "rls-dinas", 2024, Instant.parse("2024-01-10T00:00:00Z"));
    private final SmallPk gowa = new SmallPk("73.06", "rls-dinas", 2024, Instant.parse("2024-01-10T00:00:00Z"));

    @Autowired
    TenantScope scope;

    @BeforeAll
    void twoTenants() {
        for (SmallPk pk : List.of(bangli, gowa)) {
            publishAndWait(pk.start("Kabupaten " + pk.pk().opd().tenant().code(), List.of(SmallPk.sasaran("S1",
                            "Meningkatnya koperasi sehat", SmallPk.indicator("IKU-1", "Koperasi sehat",
                                    Polarity.HIGHER_IS_BETTER))))
                    .add(pk.program("S1", "P01", "Program Pengawasan dan Pemeriksaan Koperasi"))
                    .addAll(pk.budgetLine("P01", "P01.K1.S1", 100_000_000L))
                    .add(pk.target("IKU-1", "7")).add(pk.signed())
                    .add(pk.realisasi("IKU-1", Periode.TAHUN, "8"))
                    .add(new PemerintahDaerahRegistered(TenantId.of(pk == bangli ? "51" : "73"), "Provinsi",
                            JenisDaerah.PROVINSI))
                    .envelopes());
        }
    }

    @Test
    void an_unfiltered_query_sees_only_the_scoped_tenant() {
        for (String table : ReadModelTables.ALL) {
            if (table.equals("processed_event") || table.equals("projection_quarantine")) {
                continue; // bookkeeping of the consumer, which the reading role cannot read at all
            }
            List<String> tenants = scope.within(TenantScope.Scope.tenant("51.06"), () ->
                    jdbc.queryForList("SELECT DISTINCT tenant FROM " + table, String.class));
            assertThat(tenants).as(table).allMatch("51.06"::equals);
        }
        for (String table : List.of("pemda", "perjanjian_kinerja", "pk_node", "pk_pagu", "realisasi")) {
            assertThat(scope.within(TenantScope.Scope.tenant("51.06"), () -> jdbc.queryForList(
                    "SELECT DISTINCT tenant FROM " + table, String.class))).as(table).containsExactly("51.06");
        }
        assertThat(scope.within(TenantScope.Scope.none(), () ->
                jdbc.queryForObject("SELECT count(*) FROM realisasi", Long.class))).isZero();
    }

    @Test
    void a_province_sees_itself_and_its_kabupaten_only() {
        List<String> tenants = scope.within(TenantScope.Scope.provinsi("51"), () ->
                jdbc.queryForList("SELECT DISTINCT tenant FROM pemda ORDER BY tenant", String.class));
        assertThat(tenants).contains("51", "51.06").noneMatch(t -> t.startsWith("73"));
    }

    @Test
    void the_projections_still_write_and_the_api_reads_its_own_tenant() {
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT tenant) FROM realisasi WHERE tenant IN ('51.06', '73.06')",
                Long.class)).as("the owner, as the projections use it, is not restricted").isEqualTo(2);
        assertThat(http.getForEntity("/api/tenants/73.06/opd/rls-dinas/pk/2024", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForObject("/api/provinsi/51/rekap/2024", String.class)).contains("51.06")
                .doesNotContain("73.06");
    }

    @Test
    void a_path_naming_no_valid_tenant_sees_nothing() {
        assertThat(RowLevelSecurityFilter.scopeOf("/api/tenants/51.06%27%20OR%201=1/opd/x/pk/2024"))
                .isEqualTo(TenantScope.Scope.none());
        assertThat(RowLevelSecurityFilter.scopeOf("/api/provinsi/51.06/rekap/2024")).isEqualTo(TenantScope.Scope.none());
        assertThat(http.getForEntity("/api/tenants/51.06;DROP/opd/rls-dinas/pk/2024", String.class).getStatusCode()
                .is4xxClientError()).isTrue();
    }
}
