package id.kinerja.web;

/** A request value that cannot be used: answered 400 {@value Kaidah#MALFORMED}, naming the field. */
public class TidakSah extends RuntimeException implements Masalah {

    private final String field;

    public TidakSah(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String rule() {
        return Kaidah.MALFORMED;
    }

    @Override
    public String field() {
        return field;
    }
}
