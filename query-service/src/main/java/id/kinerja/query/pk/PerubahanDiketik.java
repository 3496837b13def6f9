package id.kinerja.query.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;
import id.kinerja.query.web.InvalidParameter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed changes of a PK Perubahan not yet signed, applied to the PK in force to preview the comparison: targets of
 * known indicators and pagu of known sub kegiatan only (new programs and kegiatan are the amendment's own business).
 */
final class PerubahanDiketik {

    private PerubahanDiketik() {
    }

    static PkSnapshot terapkan(PkSnapshot current, List<String> targets, List<String> pagu) {
        int revision = current.inForce() == null ? 0 : current.inForce().revision() + 1;
        Map<String, PkSnapshot.Target> newTargets = new LinkedHashMap<>(current.targets());
        for (String change : targets) {
            String[] pair = pair(change, "target");
            if (current.indicators().stream().noneMatch(i -> i.code().equals(pair[0]))) {
                throw new InvalidParameter("target", "indikator '" + pair[0] + "' tidak ada dalam PK");
            }
            newTargets.put(pair[0], new PkSnapshot.Target(nilai(pair[1]), revision));
        }
        Map<String, PkSnapshot.Pagu> newPagu = new LinkedHashMap<>(current.pagu());
        for (String change : pagu) {
            String[] pair = pair(change, "pagu");
            if (current.node("SUB_KEGIATAN", pair[0]).isEmpty()) {
                throw new InvalidParameter("pagu", "sub kegiatan '" + pair[0] + "' tidak ada dalam PK");
            }
            try {
                newPagu.put(pair[0], new PkSnapshot.Pagu(Long.parseLong(pair[1]), revision));
            } catch (NumberFormatException e) {
                throw new InvalidParameter("pagu", "pagu '" + pair[1] + "' bukan rupiah utuh");
            }
        }
        return new PkSnapshot(current.tenant(), current.opd(), current.opdName(), current.year(),
                current.renstraPeriod(), current.asOf(), current.inForce(), current.nodes(), current.indicators(),
                newTargets, newPagu);
    }

    private static String[] pair(String change, String field) {
        int colon = change.lastIndexOf(':');
        if (colon <= 0 || colon == change.length() - 1) {
            throw new InvalidParameter(field, "'" + change + "' bukan kode:nilai");
        }
        return new String[] {change.substring(0, colon), change.substring(colon + 1)};
    }

    private static Nilai nilai(String text) {
        for (Predikat predikat : Predikat.values()) {
            if (predikat.name().equalsIgnoreCase(text.trim())) {
                return Nilai.of(predikat);
            }
        }
        try {
            return Nilai.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidParameter("target", "target '" + text + "' bukan angka atau predikat");
        }
    }
}
