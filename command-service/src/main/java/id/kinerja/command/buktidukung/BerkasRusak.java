package id.kinerja.command.buktidukung;

import id.kinerja.web.Masalah;

/** A stored file no longer has the SHA-256 it is stored under: its bytes were altered after it was written. */
public class BerkasRusak extends RuntimeException implements Masalah {

    public BerkasRusak(String sha256, String actual) {
        super("isi berkas " + sha256 + " tidak lagi cocok dengan sidik SHA-256-nya (sekarang " + actual
                + "): berkas telah diubah di penyimpanan dan tidak disajikan", null, false, false);
    }

    @Override
    public int status() {
        return 500;
    }

    @Override
    public String rule() {
        return "berkas-rusak";
    }

    @Override
    public String field() {
        return "sha256";
    }
}
