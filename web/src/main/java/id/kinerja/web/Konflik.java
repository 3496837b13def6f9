package id.kinerja.web;

/** A request that cannot run in the present state: answered 409 {@value Kaidah#CONFLICT}. */
public class Konflik extends RuntimeException implements Masalah {

    public Konflik(String message) {
        super(message, null, false, false);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String rule() {
        return Kaidah.CONFLICT;
    }
}
