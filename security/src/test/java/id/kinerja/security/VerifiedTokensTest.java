package id.kinerja.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token is verified once and then remembered, but checked for expiry on every use. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void a_token_used_again_is_not_verified_again() {
        Jwt valid = jwt(Instant.now().plusSeconds(600));
        JwtDecoder tokens = new VerifiedTokens(counting(valid), JwtValidators.createDefault());

        assertThat(tokens.decode("token-a")).isSameAs(valid);
        assertThat(tokens.decode("token-a")).isSameAs(valid);
        assertThat(tokens.decode("token-a")).isSameAs(valid);

        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        // what the decoder accepted a moment ago and has expired since (beyond the minute of clock skew allowed)
        Jwt expired = jwt(Instant.now().minusSeconds(120));
        JwtDecoder tokens = new VerifiedTokens(counting(expired), JwtValidators.createDefault());
        tokens.decode("token-b");

        assertThatThrownBy(() -> tokens.decode("token-b")).isInstanceOf(JwtValidationException.class);
        tokens.decode("token-b");
        assertThat(verifications).as("after a refusal the token is verified in full again").hasValue(2);
    }

    private JwtDecoder counting(Jwt answer) {
        return token -> {
            verifications.incrementAndGet();
            return answer;
        };
    }

    private static Jwt jwt(Instant expiresAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("operator.badung")
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
    }
}
