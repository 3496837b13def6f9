package id.kinerja.reporting.dokumen;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads query-service's answers into cell values: numbers stay exact, predikat stay text, missing is null. */
final class Json {

    private Json() {
    }

    /** A target, realisasi or percentage: a number, a predikat (AA … D), or null. */
    static Object nilai(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : node.asText();
    }

    static Long rupiah(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asLong();
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The line of an array whose {@code field} equals {@code value}, or a missing node. */
    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode line : array) {
            if (value.equals(line.path(field).asText())) {
                return line;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
