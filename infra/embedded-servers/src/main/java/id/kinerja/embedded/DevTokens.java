package id.kinerja.embedded;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DEVELOPMENT AND TESTS ONLY: a {@link DevIssuer} token for each request of one user, entitled to the daerah and
 * perangkat daerah the request is about — from its path ({@code /api/tenants/{t}/opd/{o}/…}) or an import file's
 * {@code pemda:} and {@code opd:} — with every role that changes data. The demo-data loader and the tests of business
 * rules act through it as the right people; which user may do what is tested on its own.
 */
public final class DevTokens {

    private static final Pattern PATH = Pattern.compile("^/api/(?:tenants|provinsi)/([^/?]+)(?:/opd/([^/?]+))?.*");
    private static final Pattern FILE_PEMDA = Pattern.compile("(?m)^pemda: \\{code: \"?([0-9.]+)");
    private static final Pattern FILE_OPD = Pattern.compile("(?m)^opd: \\{code: \"?([a-z0-9.-]+)");
    private static final List<String> ROLES = List.of("ADMIN_PLATFORM", "OPERATOR_OPD", "KEPALA_DINAS",
            "KEPALA_DAERAH", "AUDITOR");

    private final DevIssuer issuer;
    private final String username;
    private String tenant;
    private String opd;

    public DevTokens(DevIssuer issuer, String username) {
        this.issuer = issuer;
        this.username = username;
    }

    /** The token for a request; one that names no daerah keeps the last one named. */
    public synchronized String forRequest(String path, String body) {
        Matcher scope = PATH.matcher(path);
        if (scope.matches()) {
            tenant = scope.group(1);
            opd = scope.group(2) != null ? scope.group(2) : opd;
        } else if (body != null) {
            Matcher pemda = FILE_PEMDA.matcher(body);
            Matcher file = FILE_OPD.matcher(body);
            if (pemda.find() && file.find()) {
                tenant = pemda.group(1);
                opd = file.group(1);
            }
        }
        // The daerah and its province; a path naming no proper daerah (a hostile test's) yields whatever it names.
        List<String> readable = tenant == null ? List.of()
                : List.of(tenant, tenant.indexOf('.') > 0 ? tenant.substring(0, tenant.indexOf('.')) : tenant);
        return issuer.token(new DevIssuer.Identity(username, ROLES, tenant, opd, readable));
    }
}
