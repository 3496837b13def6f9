package id.kinerja.portal.tampilan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A target or realisasi as the services write it: a JSON number, read exactly with the scale it was written with
 * (7.00 stays 7,00 on the page), or a predikat ("A").
 */
@JsonDeserialize(using = Nilai.Reader.class)
public record Nilai(BigDecimal angka, String predikat) {

    /** Equal in value whatever the scale: 7 and 7,00 are the same target. */
    public boolean samaDengan(Object typed) {
        if (typed instanceof BigDecimal number) {
            return angka != null && angka.compareTo(number) == 0;
        }
        return predikat != null && predikat.equals(typed);
    }

    @Override
    public String toString() {
        return angka != null ? angka.toPlainString() : predikat;
    }

    static final class Reader extends JsonDeserializer<Nilai> {
        @Override
        public Nilai deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new Nilai(parser.getDecimalValue(), null);
            }
            return new Nilai(null, parser.getText());
        }
    }
}
