package id.kinerja.query.tenancy;

import id.kinerja.api.common.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every read of a tenant's or a province's data ({@code /api/tenants/{t}/…}, {@code /api/provinsi/{p}/…}) runs
 * inside the {@link TenantScope} of the tenant or province its path names; a path naming no valid one sees nothing.
 */
@Component
class RowLevelSecurityFilter extends OncePerRequestFilter {

    private static final Pattern TENANT = Pattern.compile("^/api/tenants/([^/]+)(/.*)?$");
    private static final Pattern PROVINSI = Pattern.compile("^/api/provinsi/([^/]+)(/.*)?$");

    private final TenantScope scope;

    RowLevelSecurityFilter(TenantScope scope) {
        this.scope = scope;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                || !(path.startsWith("/api/tenants/") || path.startsWith("/api/provinsi/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            scope.within(scopeOf(request.getRequestURI()), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static TenantScope.Scope scopeOf(String path) {
        Matcher tenant = TENANT.matcher(path);
        if (tenant.matches() && TenantId.isValid(tenant.group(1))) {
            return TenantScope.Scope.tenant(tenant.group(1));
        }
        Matcher provinsi = PROVINSI.matcher(path);
        if (provinsi.matches() && TenantId.isValid(provinsi.group(1)) && provinsi.group(1).length() == 2) {
            return TenantScope.Scope.provinsi(provinsi.group(1));
        }
        return TenantScope.Scope.none();
    }
}
