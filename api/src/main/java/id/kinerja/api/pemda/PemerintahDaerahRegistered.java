package id.kinerja.api.pemda;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A pemerintah daerah became a tenant.
 */
public record PemerintahDaerahRegistered(TenantId tenant,
                                         String name,
                                         JenisDaerah jenis) implements TenantScoped {
}
