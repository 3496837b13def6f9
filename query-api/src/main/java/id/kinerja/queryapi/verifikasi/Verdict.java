package id.kinerja.queryapi.verifikasi;

import java.time.Instant;

/** The verifier's verdict in force for a period: TERVERIFIKASI, or DIKEMBALIKAN with a note; who gave it and when. */
public record Verdict(String period, String hasil, String catatan, String verifier, Instant recordedAt) {
}
