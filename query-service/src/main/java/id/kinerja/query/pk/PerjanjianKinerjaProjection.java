package id.kinerja.query.pk;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.pemda.IndikatorRows;
import id.kinerja.queryapi.pk.Revisi;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Perjanjian Kinerja with every revision: the cascade, targets and pagu as recorded-time ranges tagged with
 * the revision they belong to (values set while drafting become revision 0, the PK induk, when it is signed), and
 * one {@code pk_revisi} row per signing (0) and PK Perubahan (n) that is never closed.
 */
@Component
public class PerjanjianKinerjaProjection implements Projection {

    private final History history;
    private final IndikatorRows indikator;

    public PerjanjianKinerjaProjection(History history, IndikatorRows indikator) {
        this.history = history;
        this.indikator = indikator;
    }

    @Override
    public void pk(PerjanjianKinerjaId pk, RenstraId renstra, Instant at) {
        history.replace("perjanjian_kinerja", History.pkKey(pk), Map.of("renstra_period", renstra.period()), at);
    }

    @Override
    public void pkNode(PerjanjianKinerjaId pk, String level, String code, String parentCode, String name,
                       String nomenklatur, List<Indicator> indicators, int revision, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("level", level);
        key.put("code", code);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parent_code", parentCode);
        values.put("name", name);
        values.put("nomenklatur", nomenklatur);
        values.put("revision", revision);
        history.replace("pk_node", key, values, at);
        indikator.write(pk.opd().tenant().code(), pk.opd().code(), owner(pk), level, code, indicators, at);
    }

    @Override
    public void target(PerjanjianKinerjaId pk, String indicator, Nilai target, int revision, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("indicator_code", indicator);
        if (target == null) {
            history.close("pk_target", key, at);
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("target", target));
        values.put("revision", revision);
        history.replace("pk_target", key, values, at);
    }

    @Override
    public void pagu(PerjanjianKinerjaId pk, String subKegiatan, Long amount, int revision, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("sub_kegiatan_code", subKegiatan);
        if (amount == null) {
            history.close("pk_pagu", key, at);
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pagu", amount);
        values.put("revision", revision);
        history.replace("pk_pagu", key, values, at);
    }

    @Override
    public void revisi(PerjanjianKinerjaId pk, Revisi revisi) {
        Map<String, Object> row = History.pkKey(pk);
        row.put("revision", revisi.revision());
        row.put("reason", revisi.reason());
        row.put("explanation", revisi.explanation());
        row.put("effective_date", revisi.effectiveDate());
        row.put("signed_on", revisi.signedOn());
        row.put("place", revisi.place());
        row.put("pihak_pertama", json(revisi.pihakPertama()));
        row.put("pihak_kedua", json(revisi.pihakKedua()));
        history.open("pk_revisi", row, revisi.recordedAt());
    }

    static String owner(PerjanjianKinerjaId pk) {
        return "pk/" + pk.year();
    }

    private static String json(Signatory signatory) {
        try {
            return signatory == null ? null : EnvelopeReader.mapper().writeValueAsString(signatory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
