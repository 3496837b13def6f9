package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Competition ranking ("1, 2, 2, 4"), highest first; what has no figure is not ranked. */
public final class Peringkat {

    public static final Aturan ATURAN = new Aturan("peringkat", "Peringkat kabupaten/kota",
            "Diurutkan dari nilai tertinggi; nilai yang sama mendapat peringkat yang sama dan peringkat berikutnya "
                    + "dilewati (1, 2, 2, 4); urutan di antara yang sama menurut kode daerah. Daerah tanpa nilai "
                    + "tidak diberi peringkat.",
            "keputusan platform untuk rekap provinsi");

    /** A ranked item with its place and figure. */
    public record Tempat<T>(int peringkat, T item, BigDecimal nilai) {
    }

    private Peringkat() {
    }

    public static <T> List<Tempat<T>> urutkan(List<T> items, Function<T, BigDecimal> figure, Function<T, String> code) {
        List<T> ranked = items.stream().filter(t -> figure.apply(t) != null)
                .sorted(Comparator.comparing(figure).reversed().thenComparing(code)).toList();
        List<Tempat<T>> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            BigDecimal value = figure.apply(ranked.get(i));
            int place = i > 0 && value.compareTo(result.get(i - 1).nilai()) == 0 ? result.get(i - 1).peringkat() : i + 1;
            result.add(new Tempat<>(place, ranked.get(i), value));
        }
        return result;
    }
}
