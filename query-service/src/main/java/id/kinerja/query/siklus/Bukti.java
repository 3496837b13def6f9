package id.kinerja.query.siklus;

import java.time.Instant;

/**
 * A bukti dukung as of a time: what it supports, the file, who attached it and when, and where to download it
 * (command-service, under the same read rights).
 */
public record Bukti(String untukJenis, String untukKode, String period, String sha256, String nama, long ukuran,
                    String mediaType, String oleh, Instant dilampirkanPada, String unduh) {
}
