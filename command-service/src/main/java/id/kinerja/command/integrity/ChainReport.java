package id.kinerja.command.integrity;

/**
 * The result of checking a tenant's event chain: how many links were checked, the head hash (publish it
 * elsewhere to anchor the chain), and the first broken link if any.
 */
public record ChainReport(String tenant, long links, String headHash, boolean intact, BrokenLink firstBroken) {

    /** Where the chain breaks: the event stored there was changed, or a link is missing. */
    public record BrokenLink(long position, Long globalIndex, String eventIdentifier, String aggregateIdentifier,
                             Long sequenceNumber, String problem) {
    }
}
