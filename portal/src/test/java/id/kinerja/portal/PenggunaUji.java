package id.kinerja.portal;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import java.time.Instant;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/** Signed-in users of Badung (51.03) for the controller tests, with the claims the issuer gives them. */
final class PenggunaUji {

    private PenggunaUji() {
    }

    static OidcLoginRequestPostProcessor operator() {
        return user("operator.badung", "OPERATOR_OPD", "diskopukmp");
    }

    static OidcLoginRequestPostProcessor verifikator() {
        return user("verifikator.badung", "VERIFIKATOR", null);
    }

    static OidcLoginRequestPostProcessor user(String name, String role, String opd) {
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject(name).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).claim("preferred_username", name)
                .claim("roles", List.of(role)).claim("tenant", "51.03").claims(c -> {
                    if (opd != null) {
                        c.put("opd", opd);
                    }
                }).build();
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(), token, "preferred_username"));
    }
}
