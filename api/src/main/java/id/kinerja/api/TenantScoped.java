package id.kinerja.api;

import id.kinerja.api.common.TenantId;

/** Every event belongs to exactly one tenant; publication, projections and access checks key on it. */
public interface TenantScoped {

    TenantId tenant();
}
