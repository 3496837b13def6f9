package id.kinerja.reporting.dokumen;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes in the order a document numbers them: P01.K2 before P01.K10, the numbers inside a code compared as
 * numbers. Every source is sorted this way, so the same PK prints in the same order from each.
 */
final class Kode {

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    static final Comparator<String> URUTAN = (a, b) -> {
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            int order = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0))
                    ? new BigInteger(l).compareTo(new BigInteger(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    };

    private Kode() {
    }

    static <T> List<T> urut(List<T> items, Function<T, String> code) {
        return items.stream().sorted(Comparator.comparing(code, URUTAN)).toList();
    }
}
