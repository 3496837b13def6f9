package id.kinerja.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daerah a request path is about: {@code /api/tenants/{t}/…} names a daerah, {@code /api/provinsi/{p}/…} a
 * province's roll-ups. Read access and row-level security both decide from it.
 *
 * @param kode     the code as the path gives it (not yet validated)
 * @param provinsi whether the path is a province's roll-up
 */
public record JalurDaerah(String kode, boolean provinsi) {

    private static final Pattern TENANT = Pattern.compile("^/api/tenants/([^/]+)(/.*)?$");
    private static final Pattern PROVINSI = Pattern.compile("^/api/provinsi/([^/]+)(/.*)?$");

    public static Optional<JalurDaerah> dari(String path) {
        Matcher tenant = TENANT.matcher(path);
        if (tenant.matches()) {
            return Optional.of(new JalurDaerah(tenant.group(1), false));
        }
        Matcher provinsi = PROVINSI.matcher(path);
        return provinsi.matches() ? Optional.of(new JalurDaerah(provinsi.group(1), true)) : Optional.empty();
    }
}
