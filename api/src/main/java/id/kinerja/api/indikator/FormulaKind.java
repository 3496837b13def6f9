package id.kinerja.api.indikator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue of formulas by which an indicator's value is computed from recorded components, so anyone can
 * recompute a reported figure. Each kind is versioned ({@link #id()}); a realisasi stores the id it was
 * computed with, so a later change of formula never silently rewrites history. Results are percentages
 * rounded half up to {@link #RESULT_SCALE} decimals.
 */
public enum FormulaKind {
    /** pembilang / penyebut × 100 %, e.g. UMKM whose income rose / all UMKM. */
    RASIO("pembilang", "penyebut"),
    /** (nilai tahun n − nilai tahun n−1) / nilai tahun n−1 × 100 %, e.g. PDRB or UMKM growth. */
    PERTUMBUHAN("nilai_tahun_ini", "nilai_tahun_lalu"),
    /**
     * The mean over items of pembilang / penyebut × 100 %, e.g. availability = stock / need averaged over
     * commodities. Components are named {@code <item>.pembilang} and {@code <item>.penyebut}.
     */
    RATA_RATA_RASIO();

    public static final int VERSION = 1;
    public static final int RESULT_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final List<String> components;

    FormulaKind(String... components) {
        this.components = List.of(components);
    }

    public String id() {
        return name() + "@" + VERSION;
    }

    /** The fixed component names; empty for {@link #RATA_RATA_RASIO}, whose names depend on its items. */
    public List<String> components() {
        return components;
    }

    /** What is wrong with these components, one message each; empty when they can be computed. */
    public List<String> problems(Map<String, BigDecimal> values) {
        List<String> problems = new ArrayList<>();
        if (this == RATA_RATA_RASIO) {
            Set<String> items = items(values, problems);
            if (items.isEmpty() && problems.isEmpty()) {
                problems.add("butuh paling sedikit satu pasangan <item>.pembilang dan <item>.penyebut");
            }
            for (String item : items) {
                if (values.get(item + ".pembilang") == null || values.get(item + ".penyebut") == null) {
                    problems.add("item '" + item + "' butuh " + item + ".pembilang dan " + item + ".penyebut");
                } else if (values.get(item + ".penyebut").signum() == 0) {
                    problems.add(item + ".penyebut tidak boleh nol");
                }
            }
            return problems;
        }
        for (String name : components) {
            if (!values.containsKey(name) || values.get(name) == null) {
                problems.add("komponen '" + name + "' wajib diisi");
            }
        }
        for (String name : values.keySet()) {
            if (!components.contains(name)) {
                problems.add("komponen '" + name + "' tidak dikenal; yang diharapkan: " + components);
            }
        }
        String divisor = components.get(1);
        if (problems.isEmpty() && values.get(divisor).signum() == 0) {
            problems.add("komponen '" + divisor + "' tidak boleh nol");
        }
        return problems;
    }

    /** The indicator value; call only when {@link #problems} is empty. */
    public BigDecimal compute(Map<String, BigDecimal> values) {
        return switch (this) {
            case RASIO -> percent(values.get("pembilang"), values.get("penyebut"));
            case PERTUMBUHAN -> percent(values.get("nilai_tahun_ini").subtract(values.get("nilai_tahun_lalu")),
                    values.get("nilai_tahun_lalu"));
            case RATA_RATA_RASIO -> {
                Set<String> items = items(values, new ArrayList<>());
                BigDecimal sum = BigDecimal.ZERO;
                for (String item : items) {
                    sum = sum.add(values.get(item + ".pembilang").multiply(HUNDRED)
                            .divide(values.get(item + ".penyebut"), PRECISION));
                }
                yield sum.divide(BigDecimal.valueOf(items.size()), PRECISION)
                        .setScale(RESULT_SCALE, RoundingMode.HALF_UP);
            }
        };
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, PRECISION).setScale(RESULT_SCALE, RoundingMode.HALF_UP);
    }

    private static Set<String> items(Map<String, BigDecimal> values, List<String> problems) {
        Set<String> items = new TreeSet<>();
        for (String name : values.keySet()) {
            int dot = name.lastIndexOf('.');
            String part = dot < 0 ? "" : name.substring(dot + 1);
            if (dot <= 0 || !(part.equals("pembilang") || part.equals("penyebut"))) {
                problems.add("komponen '" + name + "' harus bernama <item>.pembilang atau <item>.penyebut");
            } else {
                items.add(name.substring(0, dot));
            }
        }
        return items;
    }
}
