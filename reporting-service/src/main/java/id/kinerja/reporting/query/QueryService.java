package id.kinerja.reporting.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * query-service's read models over HTTP, the reporting side's usual source: every answer is as of the recorded
 * time asked for. A 404 there (no such PK, tenant or revision) is an empty answer here.
 */
@Component
public class QueryService {

    private static final ObjectMapper JSON = EventJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RestClient http;

    public QueryService(RestClient.Builder builder, @Value("${kinerja.query.url}") String baseUrl) {
        this.http = builder.baseUrl(baseUrl).build();
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
