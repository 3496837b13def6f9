package id.kinerja.query.web;

/** Something the read models do not hold (as of the asked time): answered 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
