package id.kinerja.api.pemda;

import id.kinerja.api.common.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a pemerintah daerah (province, kabupaten or kota) as a tenant of the platform.
 */
public record RegisterPemerintahDaerah(@TargetAggregateIdentifier TenantId tenant,
                                       String name,
                                       JenisDaerah jenis) {
}
