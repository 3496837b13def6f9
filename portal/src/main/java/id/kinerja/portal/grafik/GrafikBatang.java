package id.kinerja.portal.grafik;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Horizontal bars drawn on the server as SVG, one per daerah: a ranking at a glance. */
public record GrafikBatang(int lebar, int tinggi, List<Batang> batang, String judul) {

    public record Batang(double y, double panjang, String label, String nilai) {
    }

    private static final int LABEL = 230;
    private static final int BARIS = 30;

    public record Masukan(String label, BigDecimal nilai, String teks) {
    }

    public static GrafikBatang dari(List<Masukan> items, String judul) {
        int width = 600;
        double max = items.stream().filter(i -> i.nilai() != null).mapToDouble(i -> i.nilai().doubleValue()).max()
                .orElse(1);
        max = max <= 0 ? 1 : max;
        double room = width - LABEL - 80;
        List<Batang> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Masukan item = items.get(i);
            double length = item.nilai() == null ? 0 : Math.max(2, room * item.nilai().doubleValue() / max);
            bars.add(new Batang(8 + i * BARIS, length, item.label(), item.teks()));
        }
        return new GrafikBatang(width, 16 + items.size() * BARIS, bars, judul);
    }

    public int awal() {
        return LABEL;
    }
}
