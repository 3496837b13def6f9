package id.kinerja.query.pk;

import id.kinerja.api.common.Nilai;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Perjanjian Kinerja as the platform held it at one moment: cascade, indicators, targets, pagu and the revision
 * in force. Small by nature (one OPD-year: ~150 indicators, ~80 budget lines), so it is loaded whole and the
 * views, capaian and anggaran are computed from it in Java.
 */
public record PkSnapshot(String tenant, String opd, String opdName, int year, String renstraPeriod, Instant asOf,
                         Revisi inForce, List<Node> nodes, List<Indikator> indicators, Map<String, Target> targets,
                         Map<String, Pagu> pagu) {

    /** @param nomenklatur the national nomenclature code of a program, kegiatan or sub kegiatan; null when unknown */
    public record Node(String level, String code, String parentCode, String name, int revision, String nomenklatur) {
    }

    public record Indikator(String level, String nodeCode, String code, String name, String unit, String polarity,
                            String combination, String scale, String formula) {
    }

    public record Target(Nilai value, int revision) {
    }

    public record Pagu(long amount, int revision) {
    }

    public List<Node> level(String level) {
        return nodes.stream().filter(n -> n.level().equals(level)).toList();
    }

    public List<Node> children(String level, String parentCode) {
        return nodes.stream().filter(n -> n.level().equals(level) && parentCode.equals(n.parentCode())).toList();
    }

    public List<Indikator> indicatorsOf(String level, String nodeCode) {
        return indicators.stream().filter(i -> i.level().equals(level) && i.nodeCode().equals(nodeCode)).toList();
    }

    public Optional<Node> node(String level, String code) {
        return nodes.stream().filter(n -> n.level().equals(level) && n.code().equals(code)).findFirst();
    }

    /** The sum of the pagu of a node's sub kegiatan: totals are computed, never typed. */
    public long paguOf(String level, String code) {
        return switch (level) {
            case "SUB_KEGIATAN" -> pagu.containsKey(code) ? pagu.get(code).amount() : 0;
            case "KEGIATAN" -> children("SUB_KEGIATAN", code).stream().mapToLong(s -> paguOf(s.level(), s.code())).sum();
            case "PROGRAM" -> children("KEGIATAN", code).stream().mapToLong(k -> paguOf(k.level(), k.code())).sum();
            case "SASARAN" -> children("PROGRAM", code).stream().mapToLong(p -> paguOf(p.level(), p.code())).sum();
            default -> 0;
        };
    }

    public long totalPagu() {
        return pagu.values().stream().mapToLong(Pagu::amount).sum();
    }

    public String status() {
        return inForce == null ? "DRAFT" : Revisi.jenis(inForce.revision());
    }
}
