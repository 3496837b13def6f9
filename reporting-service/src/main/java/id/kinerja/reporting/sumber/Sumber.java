package id.kinerja.reporting.sumber;

import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.provinsi.RekapProvinsi;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where a document's facts come from: query-service's read models ({@link Jenis#PROYEKSI}, the usual way), or the
 * raw events folded in memory ({@link Jenis#PERISTIWA}, the auditor's check). Both give the same typed facts, from
 * which the same code composes the same document.
 */
public interface Sumber {

    enum Jenis {
        /** query-service's read models. */
        PROYEKSI,
        /** The event store, folded without any projection. */
        PERISTIWA
    }

    Jenis jenis();

    /**
     * A PK year's facts under the revision asked for, as recorded at the time asked for; empty when there were none.
     * {@code parts}: what the document reads besides the PK — a source may leave the other parts empty.
     */
    Optional<FaktaPk> fakta(PkRef ref, Set<FaktaPk.Bagian> parts);

    /** A province's roll-up across its kabupaten/kota as of a time; empty when the province was unknown. */
    Optional<RekapProvinsi> rekap(String provinsi, int year, Instant asOf);
}
