package id.kinerja.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The dev issuer's one-time authorization codes: short-lived, redeemed once, bound to a PKCE challenge. */
final class AuthorizationCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a code stands for: the client and redirect it was issued to, the user, and the request's nonce. */
    record Grant(String clientId, String redirectUri, String username, String nonce, String codeChallenge,
                 String scope) {
    }

    private record Issued(Grant grant, Instant expires) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    String issue(Grant grant) {
        issued.values().removeIf(code -> code.expires().isBefore(Instant.now()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(code, new Issued(grant, Instant.now().plus(LIFETIME)));
        return code;
    }

    /** The grant of a valid code, removing it; null for an unknown, used or expired one. */
    Grant redeem(String code) {
        Issued found = issued.remove(code);
        return found == null || found.expires().isBefore(Instant.now()) ? null : found.grant();
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(verifier)) equals the challenge. */
    static boolean verifierMatches(String verifier, String challenge) {
        if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return MessageDigest.isEqual(Base64.getUrlEncoder().withoutPadding().encodeToString(hash)
                    .getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
