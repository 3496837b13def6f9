package id.kinerja.api.buktidukung;

/**
 * A stored file as the events name it: its SHA-256 (the key it is stored under, so the hash chain of the events
 * covers the file's content too), the name it was uploaded with, its size and the media type found in its content.
 *
 * @param sha256    64 lower-case hex digits
 * @param ukuran    bytes
 * @param mediaType detected from the content, never taken from the name
 */
public record Berkas(String sha256, String nama, long ukuran, String mediaType) {
}
