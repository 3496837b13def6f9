package id.kinerja.api.integritas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows a tenant's event hash chain link by link (the trigger of the event store writes it: each link's hash
 * covers the event — identity, position, type, recorded time, payload, metadata — and the previous link's hash) and
 * recomputes each link from the event stored there, so an event edited or deleted after it was written, or a missing
 * link, is found. Remembers the first break and stops comparing after it. Fed in chain order; holds nothing but the
 * previous hash, so a whole history streams through it.
 */
public final class Rantai {

    /** One link as stored, with the event stored at it (event columns null when the event was deleted). */
    public record Tautan(long position, byte[] hash, Long globalIndex, String eventId, String aggregateId,
                         Long sequence, String payloadType, String payloadRevision, String timeStamp, byte[] payload,
                         byte[] metaData) {
    }

    /** Where the chain breaks, and why. */
    public record Putus(long position, Long globalIndex, String eventId, String aggregateId, Long sequence,
                        String payloadType, String timeStamp, String problem) {
    }

    private long links;
    private byte[] previous = new byte[0];
    private Putus broken;

    public void next(Tautan link) {
        links++;
        if (broken == null) {
            if (link.position() != links) {
                broken = new Putus(links, null, null, null, null, null, null, "link " + links
                        + " is missing from the chain");
            } else if (link.globalIndex() == null) {
                broken = putus(link, "the event of this link was deleted");
            } else if (!Arrays.equals(link.hash(), hash(previous, link))) {
                broken = putus(link, "the stored event differs from what was chained when it was written");
            }
        }
        previous = link.hash();
    }

    public long links() {
        return links;
    }

    /** The last link's stored hash (empty before the first). */
    public byte[] head() {
        return previous.clone();
    }

    public Optional<Putus> putus() {
        return Optional.ofNullable(broken);
    }

    /** A link's hash as the trigger computes it. */
    public static byte[] hash(byte[] previous, Tautan link) {
        String header = String.join("|", link.eventId(), link.aggregateId(), Long.toString(link.sequence()),
                link.payloadType(), Objects.requireNonNullElse(link.payloadRevision(), ""), link.timeStamp());
        return sha256(previous, sha256(header.getBytes(StandardCharsets.UTF_8)), sha256(link.payload()),
                sha256(link.metaData() == null ? new byte[0] : link.metaData()));
    }

    private static Putus putus(Tautan link, String problem) {
        return new Putus(link.position(), link.globalIndex(), link.eventId(), link.aggregateId(), link.sequence(),
                link.payloadType(), link.timeStamp(), problem);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
