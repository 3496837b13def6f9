package id.kinerja.web;

/** Something the platform does not hold (as of the time asked): answered 404 {@value Kaidah#NOT_FOUND}. */
public class TidakDitemukan extends RuntimeException implements Masalah {

    public TidakDitemukan(String message) {
        super(message, null, false, false);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String rule() {
        return Kaidah.NOT_FOUND;
    }
}
