package id.kinerja.portal.masuk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in with OpenID Connect (authorization code flow with PKCE, also for this confidential client), the access
 * token kept in the HTTP session (so it ends with it: sign-out or the session timeout), CSRF protection on every
 * form and htmx request, and sign-out that also ends the sign-in at the issuer (RP-initiated logout).
 */
@Configuration
class KeamananPortal {

    static final String REGISTRATION = "kinerja";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                       @Value("${kinerja.portal.issuer}") String issuer) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/keluar/selesai",
                                "/periksa-dokumen", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .defaultSuccessUrl("/", false))
                .oauth2Client(client -> { })
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessHandler(endSessionAt(issuer,
                                registrations.findByRegistrationId(REGISTRATION).getClientId()))
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; script-src 'self'; "
                                + "form-action 'self' " + origin(issuer) + "; frame-ancestors 'none'")));
        return http.build();
    }

    /** Tokens live in the user's HTTP session, not in an application-wide store. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }

    /** After the session ends here, the issuer's end-session endpoint, which sends the browser to the goodbye page. */
    private static LogoutSuccessHandler endSessionAt(String issuer, String clientId) {
        return (request, response, authentication) -> {
            String back = UriComponentsBuilder.fromHttpUrl(request.getRequestURL().toString())
                    .replacePath(request.getContextPath() + "/keluar/selesai").replaceQuery(null).build().toUriString();
            UriComponentsBuilder target = UriComponentsBuilder.fromHttpUrl(issuer + "/protocol/openid-connect/logout")
                    .queryParam("post_logout_redirect_uri", back).queryParam("client_id", clientId);
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                target.queryParam("id_token_hint", user.getIdToken().getTokenValue());
            }
            response.sendRedirect(target.encode().build().toUriString());
        };
    }

    private static String origin(String url) {
        var uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
