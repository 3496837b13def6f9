package id.kinerja.portal.tampilan;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The portal's static files (css, js, htmx from its webjar without the version in the path) are served under the
 * names the pages give them. The resource chain that webjars-locator-lite switches on would also register Spring's
 * ResourceUrlEncodingFilter, which looks every link a page builds ({@code @{…}}: menus, month and period tabs) up in
 * the static locations of the classpath, to rewrite fingerprinted file names the portal does not use — a fifth of
 * the portal's CPU per page (PortalBenchmark profiled, docs/portal.md). It stays off; serving is unchanged.
 */
@Configuration
class BerkasStatis {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
