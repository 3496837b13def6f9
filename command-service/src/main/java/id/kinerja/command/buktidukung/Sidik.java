package id.kinerja.command.buktidukung;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** SHA-256 of file contents, as the 64 lower-case hex digits files are stored and named by. */
public final class Sidik {

    private Sidik() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The content if it still has the expected hash; a {@link BerkasRusak} otherwise. */
    static Optional<byte[]> checked(String expected, byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        String actual = sha256(content);
        if (!actual.equals(expected)) {
            throw new BerkasRusak(expected, actual);
        }
        return Optional.of(content);
    }
}
