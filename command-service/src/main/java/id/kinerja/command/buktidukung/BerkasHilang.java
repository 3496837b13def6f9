package id.kinerja.command.buktidukung;

/** The events name a file the store no longer has. */
public class BerkasHilang extends RuntimeException {

    BerkasHilang(String sha256) {
        super("berkas " + sha256 + " tercatat sebagai bukti dukung tetapi tidak ada di penyimpanan", null, false,
                false);
    }
}
