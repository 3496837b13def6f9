package id.kinerja.command.buktidukung;

import id.kinerja.api.pk.PerjanjianKinerjaId;

/** A download asked for a file the PK's events never attached (whatever else the store may hold). */
public class BerkasTidakAda extends RuntimeException {

    BerkasTidakAda(String sha256, PerjanjianKinerjaId pk) {
        super("berkas " + sha256 + " bukan bukti dukung Perjanjian Kinerja " + pk, null, false, false);
    }
}
