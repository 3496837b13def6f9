package id.kinerja.load.province;

import id.kinerja.load.province.Cascade.Indikator;
import id.kinerja.load.province.Cascade.Node;
import id.kinerja.load.province.Request.Actor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One perangkat daerah's performance year, drawn from the seed: its PK (from the {@link Cascade} of its kind, with
 * targets and pagu of its own), Rencana Aksi, the PK Perubahan of September if it gets one, and every month's
 * realisasi, budget realisation and corrections — and the requests that tell it, in the order its
 * people would send them:
 * <ol>
 *   <li>{@link #planning()}: the planning year as one import file (Renstra, PK induk signed, Rencana Aksi and budget
 *   plan) — as a kabupaten loads what it drew up in Word and Excel;</li>
 *   <li>{@link #month(int)} 1 … 12: in each month's work, first what concerns the month before (values that were
 *   pending, corrections), in September the PK Perubahan with its new Rencana Aksi, then the
 *   month's own realisasi and budget realisation, one command each; 13 closes December.</li>
 * </ol>
 * Regenerating it gives the same requests, so the load keeps no year in memory.
 */
public final class OpdYear {

    public static final int CLOSING = 13;
    static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"};
    private static final int SEPTEMBER = 9;
    /** The usual spending curve of an APBD: slow in the first months, heaviest at the end of the year (sum 100). */
    private static final int[] SPENDING_CURVE = {4, 6, 7, 8, 8, 9, 9, 9, 9, 10, 10, 11};
    private static final int CHANGES = 5;

    /** What the year should add up to once loaded: the events stored and the budget figures shown. */
    public record Expected(long events, long pagu, long realisasiAnggaran, int indicators) {
    }

    private final Shape shape;
    private final Wilayah.Daerah daerah;
    private final int year;
    private final Nomenclature.OpdKind kind;
    private final Cascade cascade;
    private final int renstraFirst;
    private final boolean firstYearOfRenstra;
    private final String base;

    private final Map<String, BigDecimal> targets = new LinkedHashMap<>();
    private final Map<String, BigDecimal> amendedTargets = new LinkedHashMap<>();
    private final Map<String, Long> pagu = new LinkedHashMap<>();
    private final Map<String, Long> amendedPagu = new LinkedHashMap<>();
    private final Map<String, long[]> plan = new HashMap<>();
    private final Map<String, long[]> amendedPlan = new HashMap<>();
    private final Map<String, BigDecimal[]> realisasi = new HashMap<>();
    private final Map<String, boolean[]> pendingFirst = new HashMap<>();
    private final Map<String, BigDecimal[]> corrections = new HashMap<>();
    private final Map<String, long[]> spent = new HashMap<>();
    private final Map<String, long[]> spendingCorrections = new HashMap<>();
    private final Renstra renstra;

    public OpdYear(Shape shape, Wilayah.Daerah daerah, int opdIndex, int year) {
        this.shape = shape;
        this.daerah = daerah;
        this.year = year;
        this.kind = Nomenclature.opd(opdIndex);
        this.cascade = new Cascade(kind, shape);
        this.renstraFirst = 2021 + Math.floorDiv(year - 2021, 5) * 5;
        this.firstYearOfRenstra = shape.years().stream().filter(y -> y >= renstraFirst && y <= renstraFirst + 5)
                .min(Integer::compare).orElse(year) == year;
        this.base = "/api/tenants/" + daerah.code() + "/opd/" + kind.code() + "/pk/" + year;
        this.renstra = new Renstra(new Rng(shape.seed(), "renstra", daerah.code(), opdIndex));
        draw(new Rng(shape.seed(), "pk", daerah.code(), opdIndex, year));
    }

    public String tenant() {
        return daerah.code();
    }

    public String opd() {
        return kind.code();
    }

    public int year() {
        return year;
    }

    /** The perangkat daerah's registration by the platform administrator (its first year only). */
    public Request registration() {
        return new Request(Actor.ADMIN, tenant(), opd(), "POST", "/api/tenants/" + tenant() + "/opd",
                Map.of("code", kind.code(), "name", kind.name()), 1);
    }

    /** The planning year as a {@code kinerja-import/1} file. */
    public Request planning() {
        PlanningFile file = new PlanningFile(this);
        return new Request(Actor.OPERATOR, tenant(), opd(), "POST", "/api/import", file.yaml(), file.events());
    }

    /** The requests of a month's work (1 … 12), or of closing the year ({@link #CLOSING}). */
    public List<Request> month(int m) {
        List<Request> requests = new ArrayList<>();
        if (m > 1) {
            aboutPreviousMonth(m - 1, requests);
        }
        if (m == SEPTEMBER && !amendedTargets.isEmpty()) {
            perubahan(requests);
        }
        if (m <= 12 && shape.bulk()) {
            requests.add(new Request(Actor.OPERATOR, tenant(), opd(), "POST", "/api/import", progress(m),
                    cascade.indicators().size() + pagu.size()));
        } else if (m <= 12) {
            for (Indikator indicator : cascade.indicators()) {
                String code = indicator.code();
                requests.add(pendingFirst.get(code)[m - 1]
                        ? operator("PUT", "/realisasi/" + code + "/" + MONTHS[m - 1],
                        Map.of("pendingReason", "Menunggu data " + kind.bidang() + " dari BPS"))
                        : operator("PUT", "/realisasi/" + code + "/" + MONTHS[m - 1],
                        Map.of("value", realisasi.get(code)[m - 1])));
            }
            for (String sub : pagu.keySet()) {
                requests.add(operator("PUT", "/realisasi-anggaran/" + sub + "/" + MONTHS[m - 1],
                        Map.of("amount", spent.get(sub)[m - 1])));
            }
        }
        return requests;
    }

    /** The month's new realisasi and budget realisation as one {@code kinerja-progress/1} file (docs/import-format.md). */
    private String progress(int m) {
        StringBuilder yaml = new StringBuilder("format: kinerja-progress/1\npemda: {code: \"" + tenant()
                + "\"}\nopd: {code: \"" + opd() + "\"}\nyear: " + year + "\nrealisasi:\n");
        for (Indikator indicator : cascade.indicators()) {
            String code = indicator.code();
            yaml.append("  - {indicator: \"").append(code).append("\", period: ").append(MONTHS[m - 1]).append(", ")
                    .append(pendingFirst.get(code)[m - 1]
                            ? "pending: \"Menunggu data " + kind.bidang() + " dari BPS\""
                            : "value: " + realisasi.get(code)[m - 1].toPlainString()).append("}\n");
        }
        yaml.append("realisasiAnggaran:\n");
        for (String sub : pagu.keySet()) {
            yaml.append("  \"").append(sub).append("\": {").append(MONTHS[m - 1]).append(": ")
                    .append(spent.get(sub)[m - 1]).append("}\n");
        }
        return yaml.toString();
    }

    /**
     * Values that were pending and corrections. The reporting cycle (bukti dukung, kendala, ajukan, verifikasi) is not
     * generated: a month is submitted only with a bukti dukung for every realisasi, which the load does not upload.
     */
    private void aboutPreviousMonth(int m, List<Request> requests) {
        String month = MONTHS[m - 1];
        for (Indikator indicator : cascade.indicators()) {
            String code = indicator.code();
            if (pendingFirst.get(code)[m - 1]) {
                requests.add(operator("PUT", "/realisasi/" + code + "/" + month,
                        Map.of("value", realisasi.get(code)[m - 1])));
            }
            BigDecimal corrected = corrections.get(code)[m - 1];
            if (corrected != null) {
                requests.add(operator("POST", "/realisasi/" + code + "/" + month + "/koreksi",
                        Map.of("value", corrected, "reason", "Koreksi hasil verifikasi data " + month)));
            }
        }
        for (String sub : pagu.keySet()) {
            long corrected = spendingCorrections.get(sub)[m - 1];
            if (corrected >= 0) {
                requests.add(operator("POST", "/realisasi-anggaran/" + sub + "/" + month + "/koreksi",
                        Map.of("amount", corrected, "reason", "Penyesuaian SP2D bulan " + month)));
            }
        }
    }

    private void perubahan(List<Request> requests) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", "PERUBAHAN_PRIORITAS_ASUMSI");
        body.put("explanation", "Penyesuaian dengan APBD Perubahan Tahun Anggaran " + year);
        body.put("effectiveDate", year + "-09-15");
        body.put("signedOn", year + "-09-15");
        body.put("place", place());
        body.put("pihakPertama", pihakPertama());
        body.put("pihakKedua", pihakKedua());
        body.put("targets", amendedTargets.entrySet().stream()
                .map(e -> Map.of("indicatorCode", e.getKey(), "target", e.getValue())).toList());
        body.put("pagu", amendedPagu.entrySet().stream()
                .map(e -> Map.of("subKegiatanCode", e.getKey(), "pagu", e.getValue())).toList());
        requests.add(operator("POST", "/perubahan", body));
        for (Map.Entry<String, BigDecimal> changed : amendedTargets.entrySet()) {
            Indikator indicator = indicator(changed.getKey());
            requests.add(operator("PUT", "/rencana-aksi/" + indicator.code(), Map.of(
                    "targets", monthlyTargets(indicator, changed.getValue()), "responsible", responsible(indicator),
                    "reason", "Rencana Aksi atas PK Perubahan")));
        }
        for (String sub : amendedPagu.keySet()) {
            requests.add(operator("PUT", "/rencana-anggaran/" + sub, Map.of(
                    "plan", monthlyAmounts(amendedPlan.get(sub)), "reason", "Rencana anggaran atas PK Perubahan")));
        }
    }

    /** The month's name as periods are written: 1 → JAN … 12 → DES. */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /** The path of the PK's commands and reads, {@code /api/tenants/{t}/opd/{o}/pk/{year}}. */
    public String pkPath() {
        return base;
    }

    /** The sub kegiatan codes of the PK, in cascade order. */
    public List<String> subKegiatan() {
        return List.copyOf(pagu.keySet());
    }

    /** What the sub kegiatan spent in the month (1 … 12) once the year's corrections were made. */
    public long spentInTheEnd(String sub, int month) {
        long corrected = spendingCorrections.get(sub)[month - 1];
        return corrected >= 0 ? corrected : spent.get(sub)[month - 1];
    }

    /** Whether this is the first loaded year: the one whose perangkat daerah is registered. */
    public boolean registers() {
        return year == shape.years().stream().min(Integer::compare).orElseThrow();
    }

    /** What the loaded year must show. */
    public Expected expected() {
        long events = (registers() ? registration().events() : 0) + planning().events();
        for (int m = 1; m <= CLOSING; m++) {
            events += month(m).stream().mapToInt(Request::events).sum();
        }
        long totalPagu = 0;
        long totalSpent = 0;
        for (String sub : pagu.keySet()) {
            totalPagu += amendedPagu.getOrDefault(sub, pagu.get(sub));
            for (int m = 1; m <= 12; m++) {
                totalSpent += spentInTheEnd(sub, m);
            }
        }
        return new Expected(events, totalPagu, totalSpent, cascade.indicators().size());
    }

    /** Whether this is the first of the loaded years under this Renstra: the one that declares it. */
    boolean declaresRenstra() {
        return firstYearOfRenstra;
    }

    // --- drawing the year ------------------------------------------------------------------------------------

    private void draw(Rng rng) {
        for (Indikator indicator : cascade.indicators()) {
            BigDecimal renstraTarget = renstra.targets.containsKey(indicator.code())
                    ? renstra.targets.get(indicator.code()).get(year) : null;
            targets.put(indicator.code(), renstraTarget != null ? renstraTarget : indicator.kind().annualTarget(rng));
        }
        for (Node sub : cascade.subKegiatan) {
            // The first program pays the offices' running costs: its sub kegiatan carry the larger budgets.
            boolean penunjang = sub.code().startsWith(Nomenclature.programCode(kind, 0) + ".");
            long amount = rng.rupiah(rng.between(25_000_000.0, 1_500_000_000.0) * (penunjang ? 3 : 1));
            pagu.put(sub.code(), amount);
            plan.put(sub.code(), spread(amount));
        }
        if (rng.chance(shape.perubahanShare())) {
            List<Indikator> below = cascade.indicators().subList(Shape.RENSTRA_INDICATORS, cascade.indicators().size());
            for (int i = 0; i < Math.min(CHANGES, below.size()); i++) {
                Indikator indicator = below.get((i * 7) % below.size());
                amendedTargets.putIfAbsent(indicator.code(),
                        indicator.kind().amended(targets.get(indicator.code()), rng));
            }
            List<String> subs = new ArrayList<>(pagu.keySet());
            for (int i = 0; i < Math.min(CHANGES, subs.size()); i++) {
                String sub = subs.get((i * 11) % subs.size());
                long amended = rng.rupiah(pagu.get(sub) * rng.between(1.05, 1.25));
                if (amended > pagu.get(sub) && !amendedPagu.containsKey(sub)) {
                    amendedPagu.put(sub, amended);
                    // The added budget is planned for the last quarter; what was planned before stays.
                    long[] months = plan.get(sub).clone();
                    long added = amended - pagu.get(sub);
                    months[9] += added / 3;
                    months[10] += added / 3;
                    months[11] += added - 2 * (added / 3);
                    amendedPlan.put(sub, months);
                }
            }
        }
        for (Indikator indicator : cascade.indicators()) {
            BigDecimal[] values = new BigDecimal[12];
            boolean[] pending = new boolean[12];
            BigDecimal[] corrected = new BigDecimal[12];
            IndicatorKind k = indicator.kind();
            boolean mayWait = k == IndicatorKind.PERSEN || k == IndicatorKind.INDEKS;
            for (int m = 1; m <= 12; m++) {
                BigDecimal annual = targetInForce(indicator.code(), m);
                BigDecimal monthTarget = k.monthlyTargets(annual).get(m - 1);
                values[m - 1] = k.realisasi(annual, monthTarget, m == 1 ? null : values[m - 2], rng);
                pending[m - 1] = mayWait && rng.chance(shape.pendingShare());
                if (!pending[m - 1] && rng.chance(shape.correctionShare())) {
                    corrected[m - 1] = k.corrected(values[m - 1], rng);
                }
            }
            realisasi.put(indicator.code(), values);
            pendingFirst.put(indicator.code(), pending);
            corrections.put(indicator.code(), corrected);
        }
        for (String sub : pagu.keySet()) {
            long[] months = new long[12];
            long[] corrected = new long[12];
            for (int m = 1; m <= 12; m++) {
                long planned = planInForce(sub, m)[m - 1];
                months[m - 1] = rng.rupiah(planned * rng.between(0.7, 0.98));
                corrected[m - 1] = -1;
                if (rng.chance(shape.correctionShare())) {
                    long amount = Math.min(planned, rng.rupiah(planned * rng.between(0.7, 1.0)));
                    corrected[m - 1] = amount != months[m - 1] ? amount : Math.max(0, amount - 1000);
                    if (corrected[m - 1] == months[m - 1]) {
                        corrected[m - 1] = -1; // nothing planned that month: nothing to correct
                    }
                }
            }
            spent.put(sub, months);
            spendingCorrections.put(sub, corrected);
        }
    }

    private BigDecimal targetInForce(String code, int month) {
        return month >= SEPTEMBER && amendedTargets.containsKey(code) ? amendedTargets.get(code) : targets.get(code);
    }

    private long[] planInForce(String sub, int month) {
        return month >= SEPTEMBER && amendedPlan.containsKey(sub) ? amendedPlan.get(sub) : plan.get(sub);
    }

    /** A pagu planned month by month along the spending curve, the rounding remainder in December. */
    private static long[] spread(long amount) {
        long[] months = new long[12];
        long planned = 0;
        for (int m = 0; m < 11; m++) {
            months[m] = amount * SPENDING_CURVE[m] / 100 / 1000 * 1000;
            planned += months[m];
        }
        months[11] = amount - planned;
        return months;
    }

    // --- what the planning file and the requests are made of -----------------------------------------------

    Cascade cascade() {
        return cascade;
    }

    Wilayah.Daerah daerah() {
        return daerah;
    }

    Nomenclature.OpdKind kind() {
        return kind;
    }

    int renstraFirst() {
        return renstraFirst;
    }

    Map<String, Map<Integer, BigDecimal>> renstraTargets() {
        return renstra.targets;
    }

    Map<String, BigDecimal> renstraRealisasi() {
        return renstra.realisasi;
    }

    Map<String, BigDecimal> targets() {
        return targets;
    }

    Map<String, Long> pagu() {
        return pagu;
    }

    long[] plan(String sub) {
        return plan.get(sub);
    }

    Indikator indicator(String code) {
        return cascade.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static List<Map<String, Object>> monthlyTargets(Indikator indicator, BigDecimal annual) {
        List<BigDecimal> months = indicator.kind().monthlyTargets(annual);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            targets.add(Map.of("period", MONTHS[m], "target", months.get(m)));
        }
        return targets;
    }

    static List<Map<String, Object>> monthlyAmounts(long[] amounts) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            plan.add(Map.of("month", MONTHS[m], "amount", amounts[m]));
        }
        return plan;
    }

    String responsible(Indikator indicator) {
        return switch (indicator.level()) {
            case "TUJUAN", "SASARAN" -> head();
            case "PROGRAM" -> "Sekretaris " + kind.name();
            default -> "Kepala Bidang " + kind.bidang();
        };
    }

    String place() {
        return daerah.name().replaceFirst("^(Kabupaten|Kota|Provinsi) ", "");
    }

    Map<String, Object> pihakPertama() {
        Rng names = new Rng(shape.seed(), "kepala", daerah.code(), kind.code());
        Map<String, Object> signatory = new LinkedHashMap<>();
        signatory.put("name", Names.person(names) + ", S.Sos., M.Si.");
        signatory.put("position", head());
        signatory.put("rank", "Pembina Utama Muda");
        signatory.put("nip", String.format("19%02d%02d%02d 19%02d%02d 1 %03d", names.between(60, 79),
                names.between(1, 12), names.between(1, 28), names.between(85, 99), names.between(1, 12),
                names.between(1, 9)));
        return signatory;
    }

    /** The head of the perangkat daerah: Kepala Dinas, Sekretaris Daerah, Inspektur … */
    private String head() {
        if (kind.name().startsWith("Sekretariat ")) {
            return "Sekretaris " + kind.name().substring("Sekretariat ".length());
        }
        return kind.name().startsWith("Inspektorat") ? "Inspektur" : "Kepala " + kind.name();
    }

    Map<String, Object> pihakKedua() {
        Rng names = new Rng(shape.seed(), "kepala-daerah", daerah.code());
        String head = switch (daerah.jenis()) {
            case "PROVINSI" -> "Gubernur ";
            case "KOTA" -> "Wali Kota ";
            default -> "Bupati ";
        };
        return Map.of("name", Names.person(names), "position", head + place());
    }

    private Request operator(String method, String path, Map<String, Object> body) {
        return new Request(Actor.OPERATOR, tenant(), opd(), method, base + path, body, 1);
    }

    /**
     * The Renstra of the perangkat daerah: its indicators' yearly and end targets, and the realisasi it reported
     * for the year before the first loaded one (the LKjIP compares with it). The same in every loaded year.
     */
    private final class Renstra {
        final Map<String, Map<Integer, BigDecimal>> targets = new LinkedHashMap<>();
        final Map<String, BigDecimal> realisasi = new LinkedHashMap<>();

        Renstra(Rng rng) {
            for (Indikator indicator : cascade.renstraIndicators()) {
                IndicatorKind k = indicator.kind();
                BigDecimal first = k.annualTarget(rng);
                Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
                for (int y = renstraFirst; y <= renstraFirst + 5; y++) {
                    // Each year a little more ambitious (for lower-is-better: lower), as Renstra matrices read.
                    double step = 1 + (k.polarity.startsWith("LOWER") ? -0.03 : 0.02) * (y - renstraFirst);
                    BigDecimal target = first.multiply(BigDecimal.valueOf(step)).setScale(k.scale,
                            java.math.RoundingMode.HALF_UP);
                    byYear.put(y, k == IndicatorKind.PERSEN ? target.min(BigDecimal.valueOf(100)) :
                            k == IndicatorKind.INDEKS ? target.min(BigDecimal.valueOf(4)) : target);
                }
                targets.put(indicator.code(), byYear);
                realisasi.put(indicator.code(), rng.around(first, 0.85, 1.0, k.scale));
            }
        }
    }
}
