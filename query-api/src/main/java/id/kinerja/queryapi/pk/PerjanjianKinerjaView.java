package id.kinerja.queryapi.pk;

import id.kinerja.api.common.Nilai;

import java.time.Instant;
import java.util.List;

/**
 * The PK as of a time: the cascade with targets on every level and pagu on the sub kegiatan, with the kegiatan,
 * program, sasaran and OPD totals derived from them, and the revision in force.
 */
public record PerjanjianKinerjaView(String tenant, String pemdaName, String opd, String opdName, int year, Instant asOf, String status,
                                   Revisi revisiBerlaku, List<Tujuan> tujuan, List<Sasaran> sasaran, long totalPagu) {

    public record Indikator(String code, String name, String unit, String polarity, Nilai target,
                            Integer targetRevision) {
    }

    public record Tujuan(String code, String name, List<Indikator> indicators) {
    }

    public record Sasaran(String code, String name, String tujuanCode, List<Indikator> indicators,
                          List<Program> programs, long pagu) {
    }

    /** {@code nomenklatur} on program, kegiatan and sub kegiatan: the national code, null when unknown. */
    public record Program(String code, String name, List<Indikator> indicators, List<Kegiatan> kegiatan, long pagu,
                          String nomenklatur) {
    }

    public record Kegiatan(String code, String name, List<Indikator> indicators, List<SubKegiatan> subKegiatan,
                           long pagu, String nomenklatur) {
    }

    public record SubKegiatan(String code, String name, List<Indikator> indicators, Long pagu, Integer paguRevision,
                              String nomenklatur) {
    }

    public static PerjanjianKinerjaView of(PkSnapshot pk, String pemdaName) {
        List<Tujuan> tujuan = pk.level("TUJUAN").stream()
                .map(t -> new Tujuan(t.code(), t.name(), indicators(pk, t))).toList();
        List<Sasaran> sasaran = pk.level("SASARAN").stream().map(s -> new Sasaran(s.code(), s.name(), s.parentCode(),
                indicators(pk, s), pk.children("PROGRAM", s.code()).stream().map(p -> program(pk, p)).toList(),
                pk.paguOf("SASARAN", s.code()))).toList();
        return new PerjanjianKinerjaView(pk.tenant(), pemdaName, pk.opd(), pk.opdName(), pk.year(), pk.asOf(), pk.status(),
                pk.inForce(), tujuan, sasaran, pk.totalPagu());
    }

    private static Program program(PkSnapshot pk, PkSnapshot.Node p) {
        return new Program(p.code(), p.name(), indicators(pk, p), pk.children("KEGIATAN", p.code()).stream()
                .map(k -> new Kegiatan(k.code(), k.name(), indicators(pk, k), pk.children("SUB_KEGIATAN", k.code())
                        .stream().map(s -> subKegiatan(pk, s)).toList(), pk.paguOf("KEGIATAN", k.code()),
                        k.nomenklatur())).toList(), pk.paguOf("PROGRAM", p.code()), p.nomenklatur());
    }

    private static SubKegiatan subKegiatan(PkSnapshot pk, PkSnapshot.Node s) {
        PkSnapshot.Pagu pagu = pk.pagu().get(s.code());
        return new SubKegiatan(s.code(), s.name(), indicators(pk, s), pagu == null ? null : pagu.amount(),
                pagu == null ? null : pagu.revision(), s.nomenklatur());
    }

    private static List<Indikator> indicators(PkSnapshot pk, PkSnapshot.Node node) {
        return pk.indicatorsOf(node.level(), node.code()).stream().map(i -> {
            PkSnapshot.Target target = pk.targets().get(i.code());
            return new Indikator(i.code(), i.name(), i.unit(), i.polarity(), target == null ? null : target.value(),
                    target == null ? null : target.revision());
        }).toList();
    }
}
