package id.kinerja.security;

import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;

/** The user may not do or read this: answered 403 {@value Kaidah#FORBIDDEN} with the reason. */
public class AksesDitolak extends RuntimeException implements Masalah {

    public AksesDitolak(String message) {
        super(message, null, false, false);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String rule() {
        return Kaidah.FORBIDDEN;
    }
}
