package id.kinerja.load.province;

import id.kinerja.load.Flags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.util.stream.Collectors.joining;

/**
 * The size and make-up of a synthetic province, from command-line flags ({@code --kabupaten=4 --opd=10 …}). The
 * defaults are a province-year as the issue describes it: the 38 kabupaten/kota of Jawa Timur and the province
 * itself, 40 perangkat daerah each, PKs of 10 programs / 25 kegiatan / 60 sub kegiatan / 80 indicators, a third
 * amended, twelve months of realisasi and budget realisation — about 5 million events. Everything drawn at random is
 * drawn from {@link #seed}: the same flags give the same province, event for event.
 *
 * @param kabupaten         how many of the province's kabupaten/kota (in code order), at most all of them
 * @param provinceOpds      whether the province, a tenant too, has perangkat daerah of its own
 * @param perubahanShare    the share of PKs amended by a PK Perubahan in September
 * @param correctionShare   the share of monthly realisasi and budget figures corrected once, the month after
 * @param pendingShare      the share of percentage and index realisasi first recorded as pending, the value a month later
 * @param bulk              whether a perangkat daerah sends a month's new realisasi and budget realisation as one
 *                          {@code kinerja-progress/1} file (as the portal's spreadsheet upload does) rather than one
 *                          request per value
 */
public record Shape(String provinsi, int kabupaten, int opd, boolean provinceOpds, List<Integer> years, int programs,
                    int kegiatan, int subKegiatan, int indicators, double perubahanShare, double correctionShare,
                    double pendingShare, long seed, boolean bulk) {

    /** Indicators of the Renstra carried into every PK: 2 tujuan × 1 and 4 sasaran × 2. */
    public static final int TUJUAN = 2;
    public static final int SASARAN = 4;
    public static final int RENSTRA_INDICATORS = TUJUAN + SASARAN * 2;

    public Shape {
        years = List.copyOf(years);
        require(kabupaten >= 0 && opd >= 1 && !years.isEmpty(), "at least one OPD and one year");
        require(programs >= 1 && kegiatan >= programs && subKegiatan >= kegiatan,
                "every program needs a kegiatan and every kegiatan a sub kegiatan");
        require(indicators >= RENSTRA_INDICATORS, "at least the " + RENSTRA_INDICATORS + " Renstra indicators");
        for (double share : new double[] {perubahanShare, correctionShare, pendingShare}) {
            require(share >= 0 && share <= 1, "shares are between 0 and 1");
        }
    }

    public static Shape province() {
        return new Shape("35", Integer.MAX_VALUE, 40, true, List.of(2025), 10, 25, 60, 80, 1.0 / 3, 0.5, 0.1,
                20250101L, false);
    }

    /** A small province for the smoke test: the whole path at a size that takes seconds. */
    public static Shape small() {
        return new Shape("35", 2, 2, true, List.of(2025), 2, 3, 4, 14, 0.5, 0.5, 0.1, 7L, false);
    }

    /** The daerah to load: the province (if it has OPDs of its own) and its first kabupaten/kota. */
    public List<Wilayah.Daerah> daerah() {
        List<Wilayah.Daerah> kabKota = Wilayah.kabupatenKota(provinsi);
        List<Wilayah.Daerah> daerah = new ArrayList<>();
        if (provinceOpds) {
            daerah.add(Wilayah.provinsi(provinsi));
        }
        daerah.addAll(kabKota.subList(0, Math.min(kabupaten, kabKota.size())));
        return daerah;
    }

    /** These values, overridden by the flags given ({@code --kabupaten=4 --opd=10 …}). */
    public Shape with(Flags flags) {
        return new Shape(flags.string("provinsi", provinsi), flags.integer("kabupaten", kabupaten),
                flags.integer("opd", opd), flags.bool("province-opds", provinceOpds),
                Arrays.stream(flags.string("years", years.stream().map(String::valueOf).collect(joining(",")))
                        .split(",")).map(String::trim).map(Integer::parseInt).toList(),
                flags.integer("programs", programs), flags.integer("kegiatan", kegiatan),
                flags.integer("sub-kegiatan", subKegiatan), flags.integer("indicators", indicators),
                flags.share("perubahan", perubahanShare), flags.share("corrections", correctionShare),
                flags.share("pending", pendingShare), flags.number("seed", seed), flags.bool("bulk", bulk));
    }

    @Override
    public String toString() {
        return "provinsi " + provinsi + ", " + daerah().size() + " daerah × " + opd + " OPD, years " + years + ", PK "
                + programs + " programs / " + kegiatan + " kegiatan / " + subKegiatan + " sub kegiatan / " + indicators
                + " indicators, perubahan " + percent(perubahanShare) + ", corrections " + percent(correctionShare)
                + ", pending first " + percent(pendingShare) + ", seed " + seed + (bulk
                ? ", a month's new values sent as one kinerja-progress/1 file per perangkat daerah" : "");
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
