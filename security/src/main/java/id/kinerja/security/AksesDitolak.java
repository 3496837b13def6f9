package id.kinerja.security;

/** The user may not do or read this: answered 403 with the reason. */
public class AksesDitolak extends RuntimeException {

    public AksesDitolak(String message) {
        super(message, null, false, false);
    }
}
