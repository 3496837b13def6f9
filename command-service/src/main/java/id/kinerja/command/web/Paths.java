package id.kinerja.command.web;

import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.web.TidakSah;

import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns identifiers in requests into domain identifiers, refusing malformed ones as problems naming the field. */
public final class Paths {

    /** Base path of everything inside one perangkat daerah. */
    public static final String OPD = "/api/tenants/{tenant}/opd/{opd}";
    /** Base path of one year's Perjanjian Kinerja. */
    public static final String PK = OPD + "/pk/{year}";

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");

    private Paths() {
    }

    public static TenantId tenant(String tenant) {
        return tenant(tenant, "tenant");
    }

    public static TenantId tenant(String tenant, String field) {
        return parse(field, () -> TenantId.of(tenant));
    }

    public static OpdId opd(String tenant, String opd) {
        TenantId tenantId = tenant(tenant);
        return parse("opd", () -> new OpdId(tenantId, opd));
    }

    public static RenstraId renstra(String tenant, String opd, String period) {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            throw new TidakSah("period", "periode Renstra ditulis tahunAwal-tahunAkhir, mis. 2021-2026");
        }
        return renstra(opd(tenant, opd), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static RenstraId renstra(OpdId opd, int firstYear, int lastYear) {
        year(firstYear, "firstYear");
        year(lastYear, "lastYear");
        return new RenstraId(opd, firstYear, lastYear);
    }

    public static PerjanjianKinerjaId pk(String tenant, String opd, int year) {
        return new PerjanjianKinerjaId(opd(tenant, opd), year(year, "year"));
    }

    /** Where a resource lives in this API, for the Location of a 201. */
    public static URI uri(OpdId opd) {
        return URI.create("/api/tenants/" + opd.tenant() + "/opd/" + opd.code());
    }

    public static URI uri(RenstraId renstra) {
        return URI.create(uri(renstra.opd()) + "/renstra/" + renstra.period());
    }

    public static URI uri(PerjanjianKinerjaId pk) {
        return URI.create(uri(pk.opd()) + "/pk/" + pk.year());
    }

    /** A year in a path: a performance year, a schedule's year. */
    public static int year(int year) {
        return year(year, "year");
    }

    private static int year(int year, String field) {
        if (year < 2000 || year > 2100) {
            throw new TidakSah(field, "tahun " + year + " di luar 2000–2100");
        }
        return year;
    }

    private static <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TidakSah(field, e.getMessage());
        }
    }
}
