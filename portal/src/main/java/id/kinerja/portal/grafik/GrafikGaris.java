package id.kinerja.portal.grafik;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A line chart drawn on the server as SVG: twelve months along the bottom, two running totals (plan and actual) and
 * a ceiling (the pagu). Only geometry happens here; the figures come from the services.
 */
public record GrafikGaris(int lebar, int tinggi, List<Garis> kisi, List<Label> bulan, String rencana,
                          String realisasi, List<Titik> titik, Double pagu, String judul) {

    public record Garis(double y, String label) {
    }

    public record Label(double x, String teks) {
    }

    public record Titik(double x, double y, String judul) {
    }

    private static final int KIRI = 70;
    private static final int KANAN = 16;
    private static final int ATAS = 14;
    private static final int BAWAH = 28;

    /**
     * @param rencana  running plan per month (12 values)
     * @param actual   running actual per month; null for months not reached
     * @param ceiling  the pagu, drawn as a line; 0 for none
     * @param label    how an amount reads on the axis and in a point's title
     */
    public static GrafikGaris dari(List<String> months, List<Long> rencana, List<Long> actual, long ceiling,
                                   Function<Long, String> label, Function<Long, String> axis, String judul) {
        int width = 720;
        int height = 260;
        long max = Math.max(ceiling, rencana.stream().mapToLong(Long::longValue).max().orElse(0));
        max = Math.max(max, actual.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0));
        max = max <= 0 ? 1 : max;
        double plotWidth = width - KIRI - KANAN;
        double plotHeight = height - ATAS - BAWAH;
        double step = plotWidth / (months.size() - 1);
        long top = max;
        Function<Long, Double> y = value -> ATAS + plotHeight - plotHeight * value / (double) top;
        List<Garis> grid = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = Math.round(top * i / 4.0);
            grid.add(new Garis(y.apply(value), axis.apply(value)));
        }
        List<Label> labels = new ArrayList<>();
        StringBuilder plan = new StringBuilder();
        StringBuilder real = new StringBuilder();
        List<Titik> points = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            double x = KIRI + step * i;
            labels.add(new Label(x, months.get(i)));
            plan.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y.apply(rencana.get(i))));
            if (actual.get(i) != null) {
                real.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y.apply(actual.get(i))));
                points.add(new Titik(x, y.apply(actual.get(i)), months.get(i) + ": " + label.apply(actual.get(i))));
            }
        }
        return new GrafikGaris(width, height, grid, labels, plan.toString().trim(), real.toString().trim(), points,
                ceiling > 0 ? y.apply(ceiling) : null, judul);
    }

    public int kiri() {
        return KIRI;
    }

    public int kanan() {
        return lebar - KANAN;
    }

    public int dasar() {
        return tinggi - BAWAH;
    }
}
