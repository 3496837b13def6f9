package id.kinerja.portal.tampilan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * A target or realisasi as the services write it: a JSON number (kept exact, with its scale) or a predikat ("A").
 */
public record Nilai(BigDecimal angka, String predikat) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Nilai dari(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isNumber() ? new Nilai(node.decimalValue(), null) : new Nilai(null, node.asText());
    }

    @Override
    public String toString() {
        return angka != null ? angka.toPlainString() : predikat;
    }
}
