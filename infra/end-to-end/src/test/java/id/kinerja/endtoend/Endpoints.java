package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint the three services publish in their OpenAPI documents ({@code /v3/api-docs}): method, path with its
 * parameters, query parameters, and the properties of its JSON body — so the hostile suite covers each of them,
 * including endpoints added later, without a list to keep up to date.
 */
final class Endpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation of one service. */
    record Operation(String service, String baseUrl, String method, String path, List<String> pathParameters,
                     List<String> queryParameters, List<String> bodyProperties, boolean hasBody, String contentType) {

        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    private Endpoints() {
    }

    static List<Operation> of(Map<String, String> services) {
        List<Operation> operations = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        services.forEach((service, url) -> {
            JsonNode doc;
            try {
                doc = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/v3/api-docs")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            } catch (IOException e) {
                throw new IllegalStateException("no OpenAPI document from " + service, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    operations.add(operation(service, url, method.getKey().toUpperCase(), path.getKey(),
                            method.getValue(), doc));
                }
            }
        });
        return operations;
    }

    private static Operation operation(String service, String url, String method, String path, JsonNode operation,
                                       JsonNode doc) {
        List<String> pathParameters = new ArrayList<>();
        List<String> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            (parameter.path("in").asText().equals("path") ? pathParameters : queryParameters)
                    .add(parameter.path("name").asText());
        }
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : "application/json";
        List<String> properties = new ArrayList<>();
        JsonNode schema = content.path(contentType).path("schema");
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            doc.path("components").path("schemas").path(name).path("properties").fieldNames()
                    .forEachRemaining(properties::add);
        }
        return new Operation(service, url, method, path, pathParameters, queryParameters, properties,
                !content.isMissingNode() && !content.isEmpty(), contentType);
    }
}
