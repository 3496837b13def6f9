package id.kinerja.portal.pk;

/**
 * Which PK a page is about — daerah, perangkat daerah, year — and the paths that go with it, in the portal and in
 * the services.
 */
public record PkJalan(String tenant, String opd, int year) {

    /** The portal's page of this PK, e.g. {@code /daerah/51.03/opd/diskopukmp/pk/2023/realisasi}. */
    public String halaman(String page) {
        return "/daerah/" + tenant + "/opd/" + opd + "/pk/" + year + (page.isEmpty() ? "" : "/" + page);
    }

    /** The services' path of this PK, e.g. {@code /api/tenants/51.03/opd/diskopukmp/pk/2023/capaian}. */
    public String api(String resource) {
        return "/api/tenants/" + tenant + "/opd/" + opd + "/pk/" + year + (resource.isEmpty() ? "" : "/" + resource);
    }
}
