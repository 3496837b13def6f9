package id.kinerja.command.buktidukung;

import id.kinerja.web.Masalah;

import id.kinerja.api.pk.PerjanjianKinerjaId;

/** A download asked for a file the PK's events never attached (whatever else the store may hold). */
public class BerkasTidakAda extends RuntimeException implements Masalah {

    BerkasTidakAda(String sha256, PerjanjianKinerjaId pk) {
        super("berkas " + sha256 + " bukan bukti dukung Perjanjian Kinerja " + pk, null, false, false);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String rule() {
        return "not-found";
    }

    @Override
    public String field() {
        return "sha256";
    }
}
