package id.kinerja.reporting.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import id.kinerja.queryapi.Jalur;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.reporting.sumber.PkRef;
import id.kinerja.reporting.sumber.Sumber;
import id.kinerja.security.AksesDitolak;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * query-service's read models over HTTP, the reporting side's usual source: typed answers of the shared read
 * contract ({@link Jalur}), as of the recorded time asked for, read with the requesting user's own token. A 404
 * there (no such PK, tenant or revision) is an empty answer here. Numbers are read exactly, as decimals.
 */
@Component
public class QueryService implements Sumber {

    private static final ObjectMapper JSON = EventJson.mapper();

    private final RestClient http;

    public QueryService(RestClient.Builder builder, @Value("${kinerja.query.url}") String baseUrl) {
        this.http = builder.baseUrl(baseUrl).requestInterceptor(QueryService::relayToken).build();
    }

    @Override
    public Jenis jenis() {
        return Jenis.PROYEKSI;
    }

    @Override
    public Optional<FaktaPk> fakta(PkRef ref, Set<FaktaPk.Bagian> parts) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", ref.asOf());
        parameters.put("revisi", ref.revision());
        if (!parts.containsAll(FaktaPk.Bagian.SEMUA)) {
            parameters.put("bagian", String.join(",", parts.stream().map(FaktaPk.Bagian::parameter).toList()));
        }
        return get(Jalur.FAKTA, Map.of("tenant", ref.tenant(), "opd", ref.opd(), "year", ref.year()), parameters,
                FaktaPk.class);
    }

    @Override
    public Optional<RekapProvinsi> rekap(String provinsi, int year, Instant asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", asOf);
        return get(Jalur.REKAP, Map.of("provinsi", provinsi, "year", year), parameters, RekapProvinsi.class);
    }

    /** query-service decides again what the user may read: the user's own token goes along. */
    private static ClientHttpResponse relayToken(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken user) {
            request.getHeaders().setBearerAuth(user.getToken().getTokenValue());
        }
        return execution.execute(request, body);
    }

    /** GET a path (with {@code {name}} variables) and optional query parameters; null values are left out. */
    private <T> Optional<T> get(String path, Map<String, ?> variables, Map<String, ?> parameters, Class<T> type) {
        Function<UriBuilder, URI> uri = builder -> {
            parameters.forEach((name, value) -> {
                if (value != null) {
                    builder.queryParam(name, value instanceof Instant instant ? instant.toString() : value);
                }
            });
            return builder.path(path).build(variables);
        };
        return http.get().uri(uri).exchange((request, response) -> {
            if (response.getStatusCode().value() == 404) {
                return Optional.empty();
            }
            if (response.getStatusCode().value() == 403) {
                throw new AksesDitolak("query-service menolak membaca " + request.getURI().getPath()
                        + " untuk pengguna ini");
            }
            if (response.getStatusCode().isError()) {
                throw new QueryServiceUnavailable(request.getURI().getPath(), response.getStatusCode().value());
            }
            try (InputStream body = response.getBody()) {
                return Optional.of(JSON.readValue(body, type));
            }
        });
    }
}
