package id.kinerja.load.province;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of one kind of perangkat daerah's Renstra and PK — tujuan, sasaran, programs, kegiatan, sub kegiatan
 * and their indicators, with codes and names from the {@link Nomenclature} — the same in every daerah, so that the
 * province's roll-up finds the same program and indicator in each. Only the numbers differ between daerah.
 */
final class Cascade {

    /** An indicator and where it sits: level TUJUAN, SASARAN, PROGRAM, KEGIATAN or SUB_KEGIATAN. */
    record Indikator(String code, String name, IndicatorKind kind, String level, String node) {
    }

    /** A tujuan, sasaran, program, kegiatan or sub kegiatan. */
    record Node(String level, String code, String parent, String name, List<Indikator> indicators) {
    }

    final Nomenclature.OpdKind kind;
    final List<Node> tujuan = new ArrayList<>();
    final List<Node> sasaran = new ArrayList<>();
    final List<Node> programs = new ArrayList<>();
    final List<Node> kegiatan = new ArrayList<>();
    final List<Node> subKegiatan = new ArrayList<>();

    Cascade(Nomenclature.OpdKind kind, Shape shape) {
        this.kind = kind;
        for (int t = 0; t < Shape.TUJUAN; t++) {
            String code = "T" + (t + 1);
            tujuan.add(new Node("TUJUAN", code, null, "Meningkatnya Kinerja Urusan " + kind.bidang()
                    + (t == 0 ? "" : " yang Berkelanjutan"), List.of(indicator("IKT-" + (t + 1),
                    "Capaian Tujuan " + (t + 1) + " Urusan " + kind.bidang(), "TUJUAN", code))));
        }
        for (int s = 0; s < Shape.SASARAN; s++) {
            String code = "S" + (s + 1);
            List<Indikator> indicators = List.of(
                    indicator("IKU-" + (s + 1) + ".1", "Sasaran " + (s + 1) + " " + kind.bidang(), "SASARAN", code),
                    indicator("IKU-" + (s + 1) + ".2", "Sasaran " + (s + 1) + " " + kind.bidang() + " Lanjutan",
                            "SASARAN", code));
            sasaran.add(new Node("SASARAN", code, "T" + (s * Shape.TUJUAN / Shape.SASARAN + 1),
                    "Meningkatnya Sasaran " + (s + 1) + " Bidang " + kind.bidang(), indicators));
        }
        int[] perProgram = spread(shape.kegiatan(), shape.programs());
        int[] perKegiatan = spread(shape.subKegiatan(), shape.kegiatan());
        // Beyond the Renstra's, one indicator per program, then per kegiatan, then per sub kegiatan.
        int remaining = shape.indicators() - Shape.RENSTRA_INDICATORS;
        int k = 0;
        for (int p = 0; p < shape.programs(); p++) {
            String programCode = Nomenclature.programCode(kind, p);
            String programName = Nomenclature.programName(kind, p);
            List<Indikator> programIndicators = remaining-- > 0
                    ? List.of(indicator("IP-" + programCode, programName.substring("Program ".length()), "PROGRAM",
                    programCode)) : List.of();
            programs.add(new Node("PROGRAM", programCode, "S" + (p % Shape.SASARAN + 1), programName,
                    programIndicators));
        }
        for (int p = 0; p < shape.programs(); p++) {
            Node program = programs.get(p);
            for (int i = 0; i < perProgram[p]; i++, k++) {
                String code = Nomenclature.kegiatanCode(program.code(), i);
                String name = Nomenclature.kegiatanName(kind, program.name(), i);
                kegiatan.add(new Node("KEGIATAN", code, program.code(), name, remaining-- > 0
                        ? List.of(indicator("IK-" + code, name, "KEGIATAN", code)) : List.of()));
            }
        }
        List<Node> subs = new ArrayList<>();
        for (int i = 0; i < kegiatan.size(); i++) {
            Node parent = kegiatan.get(i);
            for (int s = 0; s < perKegiatan[i]; s++) {
                String code = Nomenclature.subKegiatanCode(parent.code(), s);
                subs.add(new Node("SUB_KEGIATAN", code, parent.code(), Nomenclature.subKegiatanName(parent.name(), s),
                        new ArrayList<>()));
            }
        }
        // What is left goes to the sub kegiatan, one each in turn (more than one each only for very large PKs).
        for (int i = 0; remaining > 0; i++, remaining--) {
            Node sub = subs.get(i % subs.size());
            int n = sub.indicators().size() + 1;
            sub.indicators().add(indicator("IS-" + sub.code() + (n == 1 ? "" : "-" + n), sub.name()
                    + (n == 1 ? "" : " " + n), "SUB_KEGIATAN", sub.code()));
        }
        subs.forEach(sub -> subKegiatan.add(new Node(sub.level(), sub.code(), sub.parent(), sub.name(),
                List.copyOf(sub.indicators()))));
    }

    /** The Renstra's indicators: those of the tujuan and the sasaran. */
    List<Indikator> renstraIndicators() {
        List<Indikator> all = new ArrayList<>();
        tujuan.forEach(n -> all.addAll(n.indicators()));
        sasaran.forEach(n -> all.addAll(n.indicators()));
        return all;
    }

    /** Every indicator of the PK, Renstra's first, in cascade order. */
    List<Indikator> indicators() {
        List<Indikator> all = renstraIndicators();
        for (List<Node> level : List.of(programs, kegiatan, subKegiatan)) {
            level.forEach(n -> all.addAll(n.indicators()));
        }
        return all;
    }

    private static Indikator indicator(String code, String object, String level, String node) {
        IndicatorKind kind = IndicatorKind.of(code);
        return new Indikator(code, String.format(kind.nameFormat, object), kind, level, node);
    }

    /** n things over m holders as evenly as can be, the first ones taking one more. */
    private static int[] spread(int n, int m) {
        int[] counts = new int[m];
        for (int i = 0; i < m; i++) {
            counts[i] = n / m + (i < n % m ? 1 : 0);
        }
        return counts;
    }
}
