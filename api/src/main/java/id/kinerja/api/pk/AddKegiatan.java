package id.kinerja.api.pk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a kegiatan (activity) with its indicators under a program of a draft Perjanjian Kinerja.
 */
public record AddKegiatan(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                          Kegiatan kegiatan) {
}
