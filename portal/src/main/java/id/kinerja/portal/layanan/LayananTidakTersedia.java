package id.kinerja.portal.layanan;

/** A service did not answer: the page says so instead of guessing. */
public class LayananTidakTersedia extends RuntimeException {

    public LayananTidakTersedia(String service, Throwable cause) {
        super(service + " tidak dapat dihubungi", cause);
    }
}
