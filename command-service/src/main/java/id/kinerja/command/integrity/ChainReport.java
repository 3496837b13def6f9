package id.kinerja.command.integrity;

import id.kinerja.command.buktidukung.PemeriksaanBerkas.BerkasTidakUtuh;

import java.util.List;

/**
 * The result of checking a tenant's event chain: how many links were checked, the head hash (publish it
 * elsewhere to anchor the chain), and the first broken link if any; and how many bukti dukung files were checked
 * against the hashes their events carry, naming those that no longer match. Intact only when both hold.
 */
public record ChainReport(String tenant, long links, String headHash, boolean intact, BrokenLink firstBroken,
                          long files, List<BerkasTidakUtuh> damagedFiles) {

    /** Where the chain breaks: the event stored there was changed, or a link is missing. */
    public record BrokenLink(long position, Long globalIndex, String eventIdentifier, String aggregateIdentifier,
                             Long sequenceNumber, String problem) {
    }
}
