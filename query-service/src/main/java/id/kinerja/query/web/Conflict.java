package id.kinerja.query.web;

/** A request that cannot run now (e.g. a replay while another runs): answered 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
