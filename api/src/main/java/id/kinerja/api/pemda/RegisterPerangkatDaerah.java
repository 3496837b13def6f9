package id.kinerja.api.pemda;

import id.kinerja.api.common.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a perangkat daerah (OPD, e.g. a dinas) inside a tenant.
 */
public record RegisterPerangkatDaerah(@TargetAggregateIdentifier TenantId tenant,
                                      String code,
                                      String name) {
}
