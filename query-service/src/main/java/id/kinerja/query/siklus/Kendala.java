package id.kinerja.query.siklus;

import java.time.Instant;

/** An indicator's kendala and tindak lanjut for a period, as of a time. */
public record Kendala(String indicatorCode, String period, String kendala, String tindakLanjut, String oleh,
                      Instant dicatatPada) {
}
