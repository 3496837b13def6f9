package id.kinerja.api.indikator;

/**
 * An indikator kinerja: what is measured, in which unit (satuan), which direction is good, how its periods
 * combine into the year, and — for formula indicators — how its value is computed from components. The code
 * is unique within the Renstra or Perjanjian Kinerja that defines it.
 *
 * @param formula null for indicators whose value is recorded directly
 */
public record Indicator(String code, String name, String unit, Polarity polarity, PeriodCombination combination,
                        Scale scale, FormulaKind formula) {

    public boolean hasFormula() {
        return formula != null;
    }
}
