package id.kinerja.rulebook;

import id.kinerja.api.indikator.FormulaKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Formula indicators: the value computed from recorded components by the indicator's {@link FormulaKind}, so
 * anyone can recompute a reported figure. Results are percentages rounded half up to 2 decimals.
 */
public final class Rumus {

    public static final Aturan ATURAN = new Aturan("rumus-indikator", "Indikator yang dihitung dari komponen",
            "RASIO: pembilang / penyebut × 100 %. PERTUMBUHAN: (nilai tahun ini − nilai tahun lalu) / nilai tahun "
                    + "lalu × 100 %. RATA_RATA_RASIO: rata-rata pembilang / penyebut × 100 % atas setiap item "
                    + "(<item>.pembilang, <item>.penyebut). Hasil 2 desimal setengah ke atas; penyebut nol atau "
                    + "komponen di luar batas hitung ditolak. Realisasi menyimpan komponennya dan versi rumus "
                    + "(mis. PERTUMBUHAN@1), sehingga perubahan rumus tidak menulis ulang sejarah.",
            "003: pertumbuhan UMKM dari angka yang dinyatakan memberi 10,77 %, dokumen mencetak 9,72 % (membagi "
                    + "dengan tahun yang salah); ketersediaan = stok / kebutuhan × 100 % dirata-rata per komoditas");

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private Rumus() {
    }

    /** What is wrong with these components, one message each; empty when they can be computed. */
    public static List<String> masalah(FormulaKind kind, Map<String, BigDecimal> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((name, value) -> Batas.alasan("komponen '" + name + "'", value)
                .filter(why -> value != null).ifPresent(problems::add));
        if (kind == FormulaKind.RATA_RATA_RASIO) {
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
        List<String> components = kind.components();
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

    /** The indicator value; call only when {@link #masalah} is empty. */
    public static BigDecimal hitung(FormulaKind kind, Map<String, BigDecimal> values) {
        return switch (kind) {
            case RASIO -> Persen.hitung(values.get("pembilang"), values.get("penyebut"));
            case PERTUMBUHAN -> Persen.hitung(values.get("nilai_tahun_ini").subtract(values.get("nilai_tahun_lalu")),
                    values.get("nilai_tahun_lalu"));
            case RATA_RATA_RASIO -> {
                Set<String> items = items(values, new ArrayList<>());
                BigDecimal sum = BigDecimal.ZERO;
                for (String item : items) {
                    sum = sum.add(values.get(item + ".pembilang").multiply(SERATUS)
                            .divide(values.get(item + ".penyebut"), Persen.PRESISI));
                }
                yield sum.divide(BigDecimal.valueOf(items.size()), Persen.PRESISI)
                        .setScale(Persen.SKALA, RoundingMode.HALF_UP);
            }
        };
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
