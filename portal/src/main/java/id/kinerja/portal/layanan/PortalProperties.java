package id.kinerja.portal.layanan;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * Where the services are, and the time zone in which recorded moments are shown and typed.
 *
 * @param commandUrl   command-service, e.g. http://localhost:8081
 * @param queryUrl     query-service
 * @param reportingUrl reporting-service
 * @param zona         the zone of dates and times on the pages (a typed "as of" is read in it)
 */
@ConfigurationProperties("kinerja.portal")
public record PortalProperties(String commandUrl, String queryUrl, String reportingUrl, ZoneId zona) {

    public PortalProperties {
        zona = zona == null ? ZoneId.of("Asia/Jakarta") : zona;
    }
}
