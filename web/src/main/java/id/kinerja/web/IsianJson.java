package id.kinerja.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.kinerja.api.Wujud;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in Indonesian what an unreadable JSON body should have held, by field — "nilai untuk 'targets[0].target'
 * harus angka atau predikat (AA, A, BB, B, CC, C, D)" — and never names a Java class: a client learns what to send,
 * not how the service is built.
 */
final class IsianJson {

    /** The field at fault (a.b[0].c; null for the whole body) and what is wrong. */
    record Salah(String field, String detail) {
    }

    private IsianJson() {
    }

    static Salah dari(Throwable cause) {
        if (cause instanceof StreamConstraintsException limit) {
            return new Salah(null, "badan permintaan melampaui batas (terlalu dalam bersarang atau angka terlalu "
                    + "panjang)");
        }
        if (cause instanceof JsonParseException parse) {
            return new Salah(null, "badan permintaan bukan JSON yang sah (baris " + parse.getLocation().getLineNr()
                    + ", kolom " + parse.getLocation().getColumnNr() + ")");
        }
        if (!(cause instanceof JsonMappingException mapping)) {
            return new Salah(null, "badan permintaan bukan JSON yang sah");
        }
        String field = path(mapping);
        String where = field == null ? "badan permintaan" : "nilai untuk '" + field + "'";
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return new Salah(field, "isian '" + unknown.getPropertyName() + "' tidak dikenal"
                    + (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty() ? ""
                    : "; yang dikenal: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "))));
        }
        if (mapping instanceof InvalidFormatException format) {
            return new Salah(field, where + " '" + ringkas(format.getValue()) + "' tidak dapat dibaca: harus "
                    + harapan(format.getTargetType()));
        }
        if (mapping instanceof ValueInstantiationException invalid && invalid.getCause() != null
                && invalid.getCause().getMessage() != null && !(invalid.getCause() instanceof NullPointerException)) {
            return new Salah(field, where + " tidak sah: " + invalid.getCause().getMessage());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Salah(field, where + " harus " + harapan(mismatch.getTargetType()));
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch instanceof JsonProcessingException) {
            return new Salah(field, where + " tidak dapat dibaca");
        }
        return new Salah(field, where + " tidak dapat dibaca");
    }

    private static String path(JsonMappingException mapping) {
        if (mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** What a value of this type looks like in JSON, in the users' words. */
    static String harapan(Class<?> type) {
        if (type == null) {
            return "nilai yang sah";
        }
        if (type.isEnum()) {
            return "salah satu dari: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "teks";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true atau false";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == BigInteger.class
                || (type.isPrimitive() && type != void.class)) {
            return type == Integer.class || type == int.class || type == Long.class || type == long.class
                    || type == BigInteger.class ? "bilangan bulat" : "angka";
        }
        if (type == LocalDate.class) {
            return "tanggal YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "waktu ISO-8601 dengan zona, mis. 2023-08-01T00:00:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "daftar (larik JSON)";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "objek JSON";
        }
        return wujud(type);
    }

    static String harapan(JavaType type) {
        return type == null ? "nilai yang sah" : harapan(type.getRawClass());
    }

    /**
     * A value of the platform's own types: an object with its fields, or — for a value written as a single JSON
     * value (Nilai, Rupiah, identifiers) — what its type's documentation says.
     */
    private static String wujud(Class<?> type) {
        Wujud declared = type.getAnnotation(Wujud.class);
        if (declared != null) {
            return declared.value();
        }
        if (type.isRecord()) {
            return "objek JSON dengan isian " + Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return "nilai yang sah";
    }

    private static String ringkas(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
