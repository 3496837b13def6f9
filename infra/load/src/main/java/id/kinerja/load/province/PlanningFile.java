package id.kinerja.load.province;

import id.kinerja.load.province.Cascade.Indikator;
import id.kinerja.load.province.Cascade.Node;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A perangkat daerah's planning year in the import format {@code kinerja-import/1} (docs/import-format.md): the
 * Renstra (declared by the first loaded year under it), the PK induk with its cascade, targets, pagu and signatures,
 * and the Rencana Aksi with the monthly budget plan. Written as a person writes these files — block YAML, every text
 * quoted — and counted: how many events importing it stores.
 */
final class PlanningFile {

    private final OpdYear year;
    private final StringBuilder yaml = new StringBuilder();
    private int events;

    PlanningFile(OpdYear year) {
        this.year = year;
        write();
    }

    String yaml() {
        return yaml.toString();
    }

    int events() {
        return events;
    }

    private void write() {
        Wilayah.Daerah daerah = year.daerah();
        line(0, "format: kinerja-import/1");
        line(0, "source: " + q("Data sintetis generator beban Kinerja: " + year.kind().name() + " " + daerah.name()
                + " " + year.year()));
        if (!daerah.isProvinsi()) {
            Wilayah.Daerah provinsi = Wilayah.provinsi(daerah.code().substring(0, 2));
            line(0, "provinsi: {code: " + q(provinsi.code()) + ", name: " + q(provinsi.name()) + "}");
        }
        line(0, "pemda: {code: " + q(daerah.code()) + ", name: " + q(daerah.name()) + ", jenis: " + daerah.jenis() + "}");
        line(0, "opd: {code: " + q(year.opd()) + ", name: " + q(year.kind().name()) + "}");
        renstra();
        pk();
        rencanaAksi();
    }

    private void renstra() {
        Cascade cascade = year.cascade();
        boolean declares = year.declaresRenstra();
        line(0, "renstra:");
        line(1, "firstYear: " + year.renstraFirst());
        line(1, "lastYear: " + (year.renstraFirst() + 5));
        line(1, "tujuan:");
        for (Node tujuan : cascade.tujuan) {
            line(2, "- code: " + q(tujuan.code()));
            line(3, "name: " + q(tujuan.name()));
            indicators(3, tujuan.indicators());
            line(3, "sasaran:");
            for (Node sasaran : cascade.sasaran) {
                if (sasaran.parent().equals(tujuan.code())) {
                    line(4, "- code: " + q(sasaran.code()));
                    line(5, "name: " + q(sasaran.name()));
                    indicators(5, sasaran.indicators());
                    events += declares ? 1 : 0;
                }
            }
            events += declares ? 1 : 0;
        }
        if (!declares) {
            return;
        }
        events++; // the Renstra declared
        line(1, "targets:");
        for (Map.Entry<String, Map<Integer, BigDecimal>> indicator : year.renstraTargets().entrySet()) {
            StringBuilder years = new StringBuilder();
            indicator.getValue().forEach((y, target) -> years.append(y).append(": ").append(target.toPlainString())
                    .append(", "));
            BigDecimal end = indicator.getValue().get(year.renstraFirst() + 5);
            line(2, q(indicator.getKey()) + ": {" + years + "end: " + end.toPlainString() + "}");
            events += indicator.getValue().size() + 1;
        }
        // What the LKjIP compares the first year with: the year before as reported, and a national figure.
        int before = year.year() - 1;
        line(1, "realisasi:");
        year.renstraRealisasi().forEach((code, value) -> {
            line(2, q(code) + ": {" + before + ": {value: " + value.toPlainString() + ", source: "
                    + q("LKjIP " + before) + "}}");
            events++;
        });
        line(1, "standarNasional:");
        year.renstraTargets().forEach((code, targets) -> {
            line(2, q(code) + ": {" + year.year() + ": {value: " + targets.get(year.year()).toPlainString()
                    + ", source: " + q("RPJMN 2025-2029") + "}}");
            events++;
        });
    }

    private void pk() {
        Cascade cascade = year.cascade();
        line(0, "pk:");
        line(1, "year: " + year.year());
        line(1, "programs:");
        events++; // drafted
        for (Node program : cascade.programs) {
            line(2, "- code: " + q(program.code()));
            line(3, "sasaran: " + q(program.parent()));
            line(3, "name: " + q(program.name()));
            indicators(3, program.indicators());
            line(3, "kegiatan:");
            events++;
            for (Node kegiatan : children(cascade.kegiatan, program)) {
                line(4, "- code: " + q(kegiatan.code()));
                line(5, "name: " + q(kegiatan.name()));
                indicators(5, kegiatan.indicators());
                line(5, "subKegiatan:");
                events++;
                for (Node sub : children(cascade.subKegiatan, kegiatan)) {
                    line(6, "- code: " + q(sub.code()));
                    line(7, "name: " + q(sub.name()));
                    indicators(7, sub.indicators());
                    line(7, "pagu: " + year.pagu().get(sub.code()));
                    events += 2; // added, pagu set
                }
            }
        }
        line(1, "targets:");
        year.targets().forEach((code, target) -> {
            line(2, q(code) + ": " + target.toPlainString());
            events++;
        });
        line(1, "signed:");
        line(2, "signedOn: " + year.year() + "-01-31");
        line(2, "place: " + q(year.place()));
        line(2, "pihakPertama: " + flow(year.pihakPertama()));
        line(2, "pihakKedua: " + flow(year.pihakKedua()));
        events++;
    }

    private void rencanaAksi() {
        line(0, "rencanaAksi:");
        for (Indikator indicator : year.cascade().indicators()) {
            line(1, "- indicator: " + q(indicator.code()));
            line(2, "responsible: " + q(year.responsible(indicator)));
            StringBuilder months = new StringBuilder();
            for (Map<String, Object> target : OpdYear.monthlyTargets(indicator, year.targets().get(indicator.code()))) {
                months.append(months.isEmpty() ? "" : ", ").append(target.get("period")).append(": ")
                        .append(((BigDecimal) target.get("target")).toPlainString());
            }
            line(2, "targets: {" + months + "}");
            events++;
        }
        line(0, "rencanaAnggaran:");
        for (String sub : year.pagu().keySet()) {
            StringBuilder months = new StringBuilder();
            for (Map<String, Object> amount : OpdYear.monthlyAmounts(year.plan(sub))) {
                months.append(months.isEmpty() ? "" : ", ").append(amount.get("month")).append(": ")
                        .append(amount.get("amount"));
            }
            line(1, q(sub) + ": {" + months + "}");
            events++;
        }
    }

    private void indicators(int depth, List<Indikator> indicators) {
        if (indicators.isEmpty()) {
            line(depth, "indicators: []");
            return;
        }
        line(depth, "indicators:");
        for (Indikator indicator : indicators) {
            IndicatorKind kind = indicator.kind();
            line(depth + 1, "- {code: " + q(indicator.code()) + ", name: " + q(indicator.name()) + ", unit: "
                    + q(kind.unit) + ", polarity: " + kind.polarity + ", combination: " + kind.combination
                    + ", scale: ANGKA}");
        }
    }

    private static List<Node> children(List<Node> nodes, Node parent) {
        return nodes.stream().filter(n -> n.parent().equals(parent.code())).toList();
    }

    private static String flow(Map<String, Object> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((key, value) -> out.append(out.length() > 1 ? ", " : "").append(key).append(": ")
                .append(q(String.valueOf(value))));
        return out.append('}').toString();
    }

    /** A double-quoted YAML string. */
    private static String q(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void line(int depth, String text) {
        yaml.append("  ".repeat(depth)).append(text).append('\n');
    }
}
