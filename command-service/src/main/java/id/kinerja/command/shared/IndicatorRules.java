package id.kinerja.command.shared;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Scale;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;

/** The rules every indicator definition and every value given for an indicator obey, wherever defined. */
public final class IndicatorRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private IndicatorRules() {
    }

    /**
     * Checks the definitions of indicators added together; {@code taken} tells whether a code is already
     * used in the document they join. {@code field} names the request's list, e.g. {@code indicators}.
     */
    public static void checkDefinitions(List<Indicator> indicators, String field, Predicate<String> taken) {
        require(indicators != null, "required", field, "daftar indikator wajib diisi (boleh kosong)");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String at = field + "[" + i + "]";
            require(indicator != null, "required", at, "indikator wajib diisi");
            requireText(indicator.code(), at + ".code", "kode indikator");
            require(CODE.matcher(indicator.code()).matches(), "code-format", at + ".code",
                    "kode indikator '" + indicator.code() + "' hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung");
            require(seen.add(indicator.code()) && !taken.test(indicator.code()), "indicator-code-taken", at + ".code",
                    "kode indikator '" + indicator.code() + "' sudah dipakai");
            requireText(indicator.name(), at + ".name", "nama indikator");
            requireText(indicator.unit(), at + ".unit", "satuan indikator");
            require(indicator.polarity() != null, "required", at + ".polarity", "polaritas indikator wajib diisi");
            require(indicator.combination() != null, "required", at + ".combination",
                    "cara menggabungkan periode (SUM, CUMULATIVE, LEVEL, AVERAGE) wajib diisi");
            require(indicator.scale() != null, "required", at + ".scale", "skala indikator (ANGKA atau PREDIKAT) wajib diisi");
            if (indicator.scale() == Scale.PREDIKAT) {
                require(!indicator.hasFormula(), "predikat-formula", at + ".formula",
                        "indikator berskala predikat tidak dihitung dengan rumus");
                require(indicator.combination() == PeriodCombination.LEVEL, "predikat-combination", at + ".combination",
                        "predikat tidak dapat dijumlahkan atau dirata-rata: gunakan LEVEL");
            }
        }
    }

    /**
     * Checks that a value fits the indicator's scale — a number for ANGKA, a grade for PREDIKAT — and a number the
     * bounds of its unit ({@link Batas.Jenis}).
     */
    public static void checkValue(Indicator indicator, Nilai value, String field) {
        boolean fits = indicator.scale() == Scale.PREDIKAT ? !value.isAngka() : value.isAngka();
        require(fits, "value-scale", field, indicator.scale() == Scale.PREDIKAT
                ? "indikator '" + indicator.code() + "' berskala predikat: isi dengan AA, A, BB, B, CC, C atau D"
                : "indikator '" + indicator.code() + "' berskala angka: isi dengan angka");
        if (value.isAngka()) {
            Batas.check(value.angka(), Batas.Jenis.of(indicator), field);
        }
    }
}
