package id.kinerja.web;

/** Something the request needs cannot answer now (another service, a database): 503 {@value Kaidah#UNAVAILABLE}. */
public class TidakTersedia extends RuntimeException implements Masalah {

    public TidakTersedia(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String rule() {
        return Kaidah.UNAVAILABLE;
    }
}
