package id.kinerja.command.buktidukung;

import java.util.Optional;

/**
 * Where bukti dukung files live, content-addressed by their SHA-256: PostgreSQL or a directory in the local stack
 * and small installations, an S3-compatible object store in production (docs/bukti-dukung.md). Only the bytes are
 * kept here; what a file supports, its name and type are in the events.
 */
public interface PenyimpananBerkas {

    /** Stores the content under its hash; storing the same content again changes nothing and takes no space. */
    void simpan(String sha256, byte[] isi);

    /**
     * The content stored under the hash, after checking that it still has that hash.
     *
     * @return empty when nothing is stored under it
     * @throws BerkasRusak when the stored bytes were altered
     */
    Optional<byte[]> baca(String sha256);
}
