package id.kinerja.command.impor;

import java.time.Instant;
import java.util.List;

/**
 * What an accepted import did. Milestones give the recorded time right after the PK was signed and after each
 * Perubahan, so an as-of query can ask for the PK as it stood between them. A dry run reports what would have
 * been applied, stores nothing and has no milestones.
 */
public record ImportReport(String pk, boolean dryRun, int commandsApplied, int registrationsReused, List<Milestone> milestones) {

    public record Milestone(String step, Instant recordedAt) {
    }
}
