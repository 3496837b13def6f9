package id.kinerja.reporting.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
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
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * query-service's read models over HTTP, the reporting side's usual source: every answer is as of the recorded
 * time asked for, read with the requesting user's own token. A 404 there (no such PK, tenant or revision) is an
 * empty answer here.
 */
@Component
public class QueryService {

    private static final ObjectMapper JSON = EventJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RestClient http;

    public QueryService(RestClient.Builder builder, @Value("${kinerja.query.url}") String baseUrl) {
        this.http = builder.baseUrl(baseUrl).requestInterceptor(QueryService::relayToken).build();
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
    public Optional<JsonNode> get(String path, Map<String, ?> variables, Map<String, ?> parameters) {
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
            return Optional.ofNullable(response.bodyTo(JsonNode.class));
        });
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("query-service answered in an unexpected shape: " + e.getOriginalMessage(), e);
        }
    }
}
