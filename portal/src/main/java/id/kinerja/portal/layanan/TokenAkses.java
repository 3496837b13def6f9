package id.kinerja.portal.layanan;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user's access token, kept in their server-side session and never sent to the browser. An expired
 * token cannot be refreshed here (the issuer gives none), so the authorized-client manager asks for a new sign-in,
 * which the OAuth2 filter turns into a redirect to the issuer.
 */
@Component
public class TokenAkses {

    private final OAuth2AuthorizedClientManager clients;

    public TokenAkses(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    public String sekarang() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!(user instanceof OAuth2AuthenticationToken oauth)) {
            throw new IllegalStateException("no signed-in user");
        }
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(oauth.getAuthorizedClientRegistrationId()).principal(user)
                .attribute(jakarta.servlet.http.HttpServletRequest.class.getName(), request.getRequest())
                .attribute(jakarta.servlet.http.HttpServletResponse.class.getName(), request.getResponse())
                .build());
        if (client == null) {
            throw new IllegalStateException("no access token for the signed-in user");
        }
        return client.getAccessToken().getTokenValue();
    }
}
