package id.kinerja.queryapi.pk;

import id.kinerja.api.common.Nilai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A PK Perubahan beside what it amended, as the Perubahan PK document shows it (004): every target and every
 * budget line sebelum and sesudah perubahan, program and OPD totals computed from the lines, with the revision's
 * reason, dates and signatories. "Sebelum" is the PK the instant before the revision was recorded.
 */
public record Perbandingan(String tenant, String opd, int year, Revisi revisi, Revisi revisiSebelumnya,
                           List<BarisTarget> target, List<BarisPagu> pagu, List<TotalProgram> program,
                           long totalSebelum, long totalSesudah, long selisih) {

    public record BarisTarget(String level, String nodeCode, String indicatorCode, String indicatorName, String unit,
                              Nilai sebelum, Nilai sesudah, boolean berubah) {
    }

    public record BarisPagu(String programCode, String kegiatanCode, String subKegiatanCode, String name,
                            Long sebelum, Long sesudah, long selisih, boolean berubah) {
    }

    public record TotalProgram(String code, String name, long sebelum, long sesudah, long selisih) {
    }

    public static Perbandingan of(PkSnapshot before, PkSnapshot after) {
        List<BarisTarget> targets = new ArrayList<>();
        for (PkSnapshot.Indikator indikator : after.indicators()) {
            Nilai sebelum = value(before, indikator.code());
            Nilai sesudah = value(after, indikator.code());
            targets.add(new BarisTarget(indikator.level(), indikator.nodeCode(), indikator.code(), indikator.name(),
                    indikator.unit(), sebelum, sesudah, !same(sebelum, sesudah)));
        }
        Set<String> subs = new LinkedHashSet<>(before.pagu().keySet());
        subs.addAll(after.pagu().keySet());
        List<BarisPagu> pagu = new ArrayList<>();
        for (String sub : subs.stream().sorted().toList()) {
            Long sebelum = before.pagu().containsKey(sub) ? before.pagu().get(sub).amount() : null;
            Long sesudah = after.pagu().containsKey(sub) ? after.pagu().get(sub).amount() : null;
            PkSnapshot.Node node = after.node("SUB_KEGIATAN", sub).or(() -> before.node("SUB_KEGIATAN", sub))
                    .orElse(new PkSnapshot.Node("SUB_KEGIATAN", sub, null, sub, 0, null));
            String kegiatan = node.parentCode();
            String program = kegiatan == null ? null : after.node("KEGIATAN", kegiatan)
                    .map(PkSnapshot.Node::parentCode).orElse(null);
            long diff = (sesudah == null ? 0 : sesudah) - (sebelum == null ? 0 : sebelum);
            pagu.add(new BarisPagu(program, kegiatan, sub, node.name(), sebelum, sesudah, diff,
                    sebelum == null || !sebelum.equals(sesudah)));
        }
        List<TotalProgram> programs = after.level("PROGRAM").stream().map(p -> {
            long sebelum = before.paguOf("PROGRAM", p.code());
            long sesudah = after.paguOf("PROGRAM", p.code());
            return new TotalProgram(p.code(), p.name(), sebelum, sesudah, sesudah - sebelum);
        }).toList();
        return new Perbandingan(after.tenant(), after.opd(), after.year(), after.inForce(), before.inForce(), targets,
                pagu, programs, before.totalPagu(), after.totalPagu(), after.totalPagu() - before.totalPagu());
    }

    private static Nilai value(PkSnapshot pk, String indicator) {
        PkSnapshot.Target target = pk.targets().get(indicator);
        return target == null ? null : target.value();
    }

    private static boolean same(Nilai a, Nilai b) {
        return a == null ? b == null : a.sameValueAs(b);
    }
}
