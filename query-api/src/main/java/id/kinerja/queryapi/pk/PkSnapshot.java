package id.kinerja.queryapi.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.rulebook.Jumlah;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One Perjanjian Kinerja as the platform held it at one moment: cascade, indicators, targets, pagu and the revision
 * in force. Small by nature (one OPD-year: ~150 indicators, ~80 budget lines), so it is held whole and the views are
 * computed from it. The same whether query-service loaded it from its tables or an auditor folded it from the raw
 * events: the constructor puts everything in one canonical order, so both give one document.
 */
public record PkSnapshot(String tenant, String opd, String opdName, int year, String renstraPeriod, Instant asOf,
                         Revisi inForce, List<Node> nodes, List<Indikator> indicators, Map<String, Target> targets,
                         Map<String, Pagu> pagu) {

    /** Levels of the cascade, top down. */
    public static final List<String> LEVELS = List.of("TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN", "SUB_KEGIATAN");

    /** @param nomenklatur the national nomenclature code of a program, kegiatan or sub kegiatan; null when unknown */
    public record Node(String level, String code, String parentCode, String name, int revision, String nomenklatur) {
    }

    /** An indicator of a node; {@code position} is its place among the node's indicators as declared. */
    public record Indikator(String level, String nodeCode, String code, String name, String unit, String polarity,
                            String combination, String scale, String formula, int position) {
    }

    public record Target(Nilai value, int revision) {
    }

    public record Pagu(long amount, int revision) {
    }

    public PkSnapshot {
        nodes = nodes.stream().sorted(Comparator.comparing(Node::code).thenComparing(Node::level)).toList();
        indicators = indicators.stream().sorted(Comparator.comparing(Indikator::nodeCode)
                .thenComparingInt(Indikator::position).thenComparing(Indikator::code)).toList();
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
        pagu = java.util.Collections.unmodifiableMap(new TreeMap<>(pagu));
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

    /** The sum of the pagu of a node's sub kegiatan: totals are computed, never typed (rule book: Jumlah). */
    public long paguOf(String level, String code) {
        return switch (level) {
            case "SUB_KEGIATAN" -> pagu.containsKey(code) ? pagu.get(code).amount() : 0;
            case "KEGIATAN" -> Jumlah.rupiah(children("SUB_KEGIATAN", code).stream()
                    .mapToLong(s -> paguOf(s.level(), s.code())));
            case "PROGRAM" -> Jumlah.rupiah(children("KEGIATAN", code).stream()
                    .mapToLong(k -> paguOf(k.level(), k.code())));
            case "SASARAN" -> Jumlah.rupiah(children("PROGRAM", code).stream()
                    .mapToLong(p -> paguOf(p.level(), p.code())));
            default -> 0;
        };
    }

    public long totalPagu() {
        return Jumlah.rupiah(pagu.values().stream().mapToLong(Pagu::amount));
    }

    public String status() {
        return inForce == null ? "DRAFT" : Revisi.jenis(inForce.revision());
    }
}
