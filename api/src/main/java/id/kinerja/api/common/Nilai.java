package id.kinerja.api.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.kinerja.api.Wujud;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A target or realisasi value: an exact number (7,00 %; 945 UTTP) or, for qualitative indicators, a
 * {@link Predikat} (A). In JSON it is a plain number or the grade as a string. Numbers keep the scale they
 * were given with, so 7.00 stays 7.00 and documents print what the user typed.
 */
@JsonSerialize(using = Nilai.Writer.class)
@JsonDeserialize(using = Nilai.Reader.class)
@Wujud("angka (titik sebagai pemisah desimal, mis. 7.50) atau predikat AA, A, BB, B, CC, C, D")
public record Nilai(BigDecimal angka, Predikat predikat) {

    public Nilai {
        if ((angka == null) == (predikat == null)) {
            throw new IllegalArgumentException("a Nilai is either a number or a predikat");
        }
    }

    public static Nilai of(BigDecimal angka) {
        return new Nilai(angka, null);
    }

    public static Nilai of(String angka) {
        return of(new BigDecimal(angka));
    }

    public static Nilai of(Predikat predikat) {
        return new Nilai(null, predikat);
    }

    public boolean isAngka() {
        return angka != null;
    }

    /** The number on which capaian is computed: the number itself, or the grade's band midpoint. */
    public BigDecimal numeric() {
        return isAngka() ? angka : predikat.midpoint();
    }

    /** Equal in value, whatever the scale: 7 and 7.00 are the same target. */
    public boolean sameValueAs(Nilai other) {
        if (other == null || isAngka() != other.isAngka()) {
            return false;
        }
        return isAngka() ? angka.compareTo(other.angka) == 0 : predikat == other.predikat;
    }

    @Override
    public String toString() {
        return isAngka() ? angka.toPlainString() : predikat.name();
    }

    static final class Writer extends JsonSerializer<Nilai> {
        @Override
        public void serialize(Nilai value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value.isAngka()) {
                gen.writeNumber(value.angka());
            } else {
                gen.writeString(value.predikat().name());
            }
        }
    }

    static final class Reader extends JsonDeserializer<Nilai> {
        @Override
        public Nilai deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                // getDecimalValue parses the literal text: no detour through double.
                return Nilai.of(p.getDecimalValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim().toUpperCase(Locale.ROOT);
                for (Predikat predikat : Predikat.values()) {
                    if (predikat.name().equals(text)) {
                        return Nilai.of(predikat);
                    }
                }
                return (Nilai) ctxt.handleWeirdStringValue(Nilai.class, p.getText(),
                        "expected a JSON number or a predikat (AA, A, BB, B, CC, C, D)");
            }
            return (Nilai) ctxt.handleUnexpectedToken(Nilai.class, p);
        }
    }
}
