package id.kinerja.reporting.web;

/** The daerah, PK or revision asked for did not exist at the time asked for. */
class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
