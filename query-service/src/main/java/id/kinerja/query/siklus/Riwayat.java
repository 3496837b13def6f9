package id.kinerja.query.siklus;

import java.time.Instant;

/**
 * One step in a period's history: what happened (a sentence and its kind), about which code — a sub kegiatan's
 * spending when {@code anggaran} — who, when.
 */
public record Riwayat(String period, String langkah, String kode, boolean anggaran, String uraian, String catatan,
                      boolean terlambat, String oleh, Instant pada) {
}
