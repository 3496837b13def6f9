package id.kinerja.api.pk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a sub kegiatan (the budget leaf) with its indicators under a kegiatan of a draft Perjanjian Kinerja.
 */
public record AddSubKegiatan(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                             SubKegiatan subKegiatan) {
}
