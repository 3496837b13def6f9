package id.kinerja.command.buktidukung;

import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.Optional;

/**
 * Which files a PK's events attached as bukti dukung: a download serves only those. Answered by the PK's own events
 * (the pk capability implements it), so this capability does not depend back on the aggregate that uses it.
 */
public interface BuktiDukungTercatat {

    /** A file ever attached as bukti dukung to the PK's year, by its hash. */
    Optional<Berkas> buktiDukung(PerjanjianKinerjaId pk, String sha256);
}
