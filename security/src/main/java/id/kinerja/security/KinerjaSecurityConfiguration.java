package id.kinerja.security;

import id.kinerja.web.Kaidah;
import id.kinerja.web.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;

/**
 * Every service is an OAuth2 resource server: each request but health, metrics, the API documentation and the
 * public verification of documents ({@code /api/verifikasi/**}: anyone holding a document may check it) needs a
 * JWT signed by the configured issuer ({@code kinerja.security.issuer}, keys at {@code kinerja.security.jwk-set-uri}:
 * Keycloak in a deployment, the dev issuer of the local stack). Refusals are RFC 7807 problems.
 */
@AutoConfiguration
@EnableWebSecurity
public class KinerjaSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${kinerja.security.jwk-set-uri}") String jwkSetUri,
                          @Value("${kinerja.security.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(issuer);
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }

    @Bean
    SecurityFilterChain kinerjaSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/error", "/api/verifikasi/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, failure) -> problem(response,
                                HttpStatus.UNAUTHORIZED, Kaidah.UNAUTHENTICATED,
                                "permintaan ini memerlukan token akses (Authorization: Bearer …) yang sah"))
                        .accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
                                Kaidah.FORBIDDEN, "pengguna ini tidak berwenang atas permintaan ini")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, failure) -> problem(response,
                                HttpStatus.UNAUTHORIZED, Kaidah.UNAUTHENTICATED,
                                "permintaan ini memerlukan token akses (Authorization: Bearer …) yang sah")));
        return http.build();
    }

    /**
     * Spring Security observes its filter chain, authentication and authorization on every request when an
     * observation registry is present. Disabling those observations by name (management.observations.enable) leaves
     * each filter wrapped in an observation decorator that still runs, and that was 12 % of command-service's CPU under
     * load (infra/load, docs/scale.md); these settings leave the filters undecorated. Requests stay observed as a
     * whole: http.server.requests and its span. A service that wants the security spans declares its own settings.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings kinerjaSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** A request the firewall refuses (encoded quotes, semicolons, path tricks) is a problem like any other. */
    @Bean
    RequestRejectedHandler kinerjaRejectedRequests() {
        return (request, response, rejected) -> problem(response, HttpStatus.BAD_REQUEST, Kaidah.MALFORMED,
                "alamat permintaan berisi karakter yang tidak diterima");
    }

    /** Every service checks reads of a daerah or province the same way, and logs who acted for which daerah. */
    @Bean
    WebMvcConfigurer kinerjaReadAccess() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new KonteksLog());
                registry.addInterceptor(new Bacaan());
            }
        };
    }

    /** Writes a refusal before any controller ran, as the services' own problems look. */
    static void problem(HttpServletResponse response, HttpStatus status, String rule, String detail)
            throws IOException {
        Problem.tulis(response, status.value(), rule, detail);
    }
}
