package id.kinerja.command.impor;

import java.time.Instant;
import java.util.List;

/**
 * What an accepted import did. Milestones give the recorded time right after the PK was signed and after each
 * Perubahan, so an as-of query can ask for the PK as it stood between them. A dry run reports what would have
 * been applied, stores nothing and has no milestones. {@code nomenklatur} says how many programs, kegiatan and
 * sub kegiatan got their national code and which could not be mapped, and why.
 */
public record ImportReport(String pk, boolean dryRun, int commandsApplied, int registrationsReused,
                           List<Milestone> milestones, Nomenklatur nomenklatur) {

    public record Milestone(String step, Instant recordedAt) {
    }

    /** @param dipetakan how many elements have a national code (given in the file or found by name) */
    public record Nomenklatur(int dipetakan, List<TidakDipetakan> tidakDipetakan) {
    }

    /** An element without a national code: where in the file, which level, its name and why. */
    public record TidakDipetakan(String path, int line, String tingkat, String nama, String alasan) {
    }
}
