package id.kinerja.query.tenancy;

import id.kinerja.api.common.TenantId;
import id.kinerja.security.JalurDaerah;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every read of a tenant's or a province's data ({@code /api/tenants/{t}/…}, {@code /api/provinsi/{p}/…}) runs
 * inside the {@link TenantScope} of the tenant or province its path names; a path naming no valid one sees nothing.
 */
@Component
class RowLevelSecurityFilter extends OncePerRequestFilter {

    private final TenantScope scope;

    RowLevelSecurityFilter(TenantScope scope) {
        this.scope = scope;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                || JalurDaerah.dari(path).isEmpty();
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
        return JalurDaerah.dari(path).filter(jalur -> TenantId.isValid(jalur.kode()))
                .map(jalur -> !jalur.provinsi() ? TenantScope.Scope.tenant(jalur.kode())
                        : jalur.kode().length() == 2 ? TenantScope.Scope.provinsi(jalur.kode()) : null)
                .orElse(TenantScope.Scope.none());
    }
}
