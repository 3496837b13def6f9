package id.kinerja.command.buktidukung;

import id.kinerja.web.Masalah;

/** The events name a file the store no longer has. */
public class BerkasHilang extends RuntimeException implements Masalah {

    BerkasHilang(String sha256) {
        super("berkas " + sha256 + " tercatat sebagai bukti dukung tetapi tidak ada di penyimpanan", null, false,
                false);
    }

    @Override
    public int status() {
        return 500;
    }

    @Override
    public String rule() {
        return "berkas-hilang";
    }

    @Override
    public String field() {
        return "sha256";
    }
}
