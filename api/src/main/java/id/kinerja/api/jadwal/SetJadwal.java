package id.kinerja.api.jadwal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Sets a daerah's reporting schedule (jadwal) for a year: the due date of each period's report. The list
 * replaces the schedule as a whole; a period left out has no deadline.
 */
public record SetJadwal(@TargetAggregateIdentifier JadwalId jadwal, List<Tenggat> tenggat) {
}
