package id.kinerja.reporting.pk;

import java.util.Optional;

/** Where a document's PK comes from: query-service's projections, or the raw events for an auditor. */
public interface PkSource {

    /** The PK under the revision asked for, as recorded at the time asked for; empty when there was none. */
    Optional<PkData> pk(PkRef ref);
}
