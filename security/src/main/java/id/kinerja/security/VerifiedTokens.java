package id.kinerja.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * Remembers, for a few minutes, tokens whose signature was verified: a client sends the same token with every request,
 * and parsing it and checking its RSA signature each time took a tenth of command-service's CPU under load
 * (infra/load). A remembered token is validated again on every use — expiry, not-before, issuer — so it is refused the
 * moment it expires, as before; one not seen before is decoded and verified in full by the given decoder.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    /** @param validator the checks that depend on the moment of use; the decoder applies them too */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
        this.decoder = decoder;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            Jwt jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("token tidak lagi sah", result.getErrors());
        }
        return remembered;
    }
}
