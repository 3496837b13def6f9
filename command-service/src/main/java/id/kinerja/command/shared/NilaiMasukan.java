package id.kinerja.command.shared;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Rupiah;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The edge check of every command, whether sent over HTTP or read from an import file: each number, amount of money
 * and text it carries, at any depth, is acceptable input at all — no number beyond what any unit allows
 * ({@value #LARGEST_DIGITS} digits before the point, {@value #MOST_DECIMALS} after), no amount above
 * {@link Batas#RUPIAH_TERBESAR}, no control character or broken UTF-16 in text. The aggregates then apply the
 * bounds of each value's own unit ({@link Batas}). Field names are the command's, e.g. {@code targets[2].target}.
 */
public final class NilaiMasukan {

    static final int LARGEST_DIGITS = 18;
    static final int MOST_DECIMALS = 6;
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(LARGEST_DIGITS);
    private static final int DEEPEST = 16;

    private NilaiMasukan() {
    }

    /** Throws {@link InvalidInput} for the first unacceptable value of the command. */
    public static void check(Object command) {
        if (command != null && command.getClass().isRecord()) {
            components(command, "", 0);
        }
    }

    private static void value(Object value, String field, int depth) {
        if (value == null) {
            return;
        }
        if (value instanceof Nilai nilai) {
            if (nilai.isAngka()) {
                number(nilai.angka(), field);
            }
        } else if (value instanceof BigDecimal number) {
            number(number, field);
        } else if (value instanceof Rupiah amount) {
            if (amount.amount() > Batas.RUPIAH_TERBESAR) {
                throw new InvalidInput("amount-too-large", field, "jumlah rupiah paling besar Rp "
                        + Batas.shown(BigDecimal.valueOf(Batas.RUPIAH_TERBESAR)));
            }
        } else if (value instanceof String text) {
            text(text, field);
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                value(element, field + "[" + i++ + "]", depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String at = field + "." + entry.getKey();
                value(entry.getKey(), at, depth + 1);
                value(entry.getValue(), at, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            components(value, field + ".", depth + 1);
        }
    }

    private static void components(Object record, String prefix, int depth) {
        if (depth > DEEPEST) {
            throw new InvalidInput("too-deep", prefix, "isian bersarang terlalu dalam");
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                value(component.getAccessor().invoke(record), prefix + component.getName(), depth);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }

    private static void number(BigDecimal number, String field) {
        if (number.abs().compareTo(LARGEST) >= 0) {
            throw new InvalidInput("number-too-large", field, "angka paling banyak " + LARGEST_DIGITS
                    + " digit di depan koma (diberi " + Batas.shown(number) + ")");
        }
        if (number.scale() > MOST_DECIMALS) {
            throw new InvalidInput("too-many-decimals", field, "angka paling banyak " + MOST_DECIMALS
                    + " digit di belakang koma (diberi " + number.scale() + ")");
        }
    }

    /** Text goes into documents (PDF, DOCX, XLSX: XML) and PostgreSQL: control characters and lone surrogates cannot. */
    private static void text(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF';
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
                continue;
            }
            if (control || nonCharacter || Character.isSurrogate(c)) {
                throw new InvalidInput("invalid-character", field, "teks berisi karakter yang tidak sah (kode U+"
                        + String.format("%04X", (int) c) + " pada posisi " + (i + 1) + ")");
            }
        }
    }
}
