package id.kinerja.query.siklus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A daerah's schedule for a year as of a time. */
public record JadwalView(String tenant, int year, Instant asOf, List<Baris> tenggat) {

    public record Baris(String period, LocalDate tenggat, Instant ditutupPada, String ditutupOleh) {
    }
}
