package id.kinerja.query.pk;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguSet;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.PerjanjianKinerjaDrafted;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.PerjanjianKinerjaSigned;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.pk.TargetAmendment;
import id.kinerja.api.pk.TargetSet;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.pemda.IndikatorRows;
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
    public void apply(Object event, EventEnvelope envelope) {
        Instant at = envelope.recordedAt();
        if (event instanceof PerjanjianKinerjaDrafted e) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("renstra_period", e.renstra().period());
            history.replace("perjanjian_kinerja", pkKey(e.pk()), values, at);
            for (Tujuan tujuan : nonNull(e.tujuan())) {
                node(e.pk(), "TUJUAN", tujuan.code(), null, tujuan.name(), null, 0, at);
                indicators(e.pk(), "TUJUAN", tujuan.code(), tujuan.indicators(), at);
            }
            for (SasaranStrategis sasaran : nonNull(e.sasaran())) {
                node(e.pk(), "SASARAN", sasaran.code(), sasaran.tujuanCode(), sasaran.name(), null, 0, at);
                indicators(e.pk(), "SASARAN", sasaran.code(), sasaran.indicators(), at);
            }
        } else if (event instanceof ProgramAdded e) {
            program(e.pk(), e.program(), 0, at);
        } else if (event instanceof KegiatanAdded e) {
            kegiatan(e.pk(), e.kegiatan(), 0, at);
        } else if (event instanceof SubKegiatanAdded e) {
            subKegiatan(e.pk(), e.subKegiatan(), 0, at);
        } else if (event instanceof TargetSet e) {
            target(e.pk(), e.indicatorCode(), e.target(), 0, at);
        } else if (event instanceof PaguSet e) {
            pagu(e.pk(), e.subKegiatanCode(), e.pagu() == null ? null : e.pagu().amount(), 0, at);
        } else if (event instanceof PerjanjianKinerjaSigned e) {
            revisi(e.pk(), e.revision(), null, null, e.signedOn(), e.signedOn(), e.place(), e.pihakPertama(),
                    e.pihakKedua(), at);
        } else if (event instanceof PerjanjianKinerjaAmended e) {
            amended(e, at);
        }
    }

    private void amended(PerjanjianKinerjaAmended e, Instant at) {
        revisi(e.pk(), e.revision(), e.reason() == null ? null : e.reason().name(), e.explanation(),
                e.effectiveDate(), e.signedOn(), e.place(), e.pihakPertama(), e.pihakKedua(), at);
        nonNull(e.newPrograms()).forEach(p -> program(e.pk(), p, e.revision(), at));
        nonNull(e.newKegiatan()).forEach(k -> kegiatan(e.pk(), k, e.revision(), at));
        nonNull(e.newSubKegiatan()).forEach(s -> subKegiatan(e.pk(), s, e.revision(), at));
        for (TargetAmendment change : nonNull(e.targets())) {
            target(e.pk(), change.indicatorCode(), change.after(), e.revision(), at);
        }
        for (PaguAmendment change : nonNull(e.pagu())) {
            pagu(e.pk(), change.subKegiatanCode(), change.after() == null ? null : change.after().amount(),
                    e.revision(), at);
        }
    }

    private void program(PerjanjianKinerjaId pk, Program program, int revision, Instant at) {
        node(pk, "PROGRAM", program.code(), program.sasaranCode(), program.name(), program.nomenklatur(), revision, at);
        indicators(pk, "PROGRAM", program.code(), program.indicators(), at);
    }

    private void kegiatan(PerjanjianKinerjaId pk, Kegiatan kegiatan, int revision, Instant at) {
        node(pk, "KEGIATAN", kegiatan.code(), kegiatan.programCode(), kegiatan.name(), kegiatan.nomenklatur(), revision,
                at);
        indicators(pk, "KEGIATAN", kegiatan.code(), kegiatan.indicators(), at);
    }

    private void subKegiatan(PerjanjianKinerjaId pk, SubKegiatan sub, int revision, Instant at) {
        node(pk, "SUB_KEGIATAN", sub.code(), sub.kegiatanCode(), sub.name(), sub.nomenklatur(), revision, at);
        indicators(pk, "SUB_KEGIATAN", sub.code(), sub.indicators(), at);
    }

    private void node(PerjanjianKinerjaId pk, String level, String code, String parent, String name,
                      String nomenklatur, int revision, Instant at) {
        Map<String, Object> key = pkKey(pk);
        key.put("level", level);
        key.put("code", code);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parent_code", parent);
        values.put("name", name);
        values.put("nomenklatur", nomenklatur);
        values.put("revision", revision);
        history.replace("pk_node", key, values, at);
    }

    private void indicators(PerjanjianKinerjaId pk, String level, String node, List<id.kinerja.api.indikator.Indicator>
            indicators, Instant at) {
        indikator.write(pk.opd().tenant().code(), pk.opd().code(), owner(pk), level, node, indicators, at);
    }

    private void target(PerjanjianKinerjaId pk, String indicator, id.kinerja.api.common.Nilai target, int revision,
                        Instant at) {
        Map<String, Object> key = pkKey(pk);
        key.put("indicator_code", indicator);
        if (target == null) {
            history.close("pk_target", key, at);
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("target", target));
        values.put("revision", revision);
        history.replace("pk_target", key, values, at);
    }

    private void pagu(PerjanjianKinerjaId pk, String subKegiatan, Long amount, int revision, Instant at) {
        Map<String, Object> key = pkKey(pk);
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

    private void revisi(PerjanjianKinerjaId pk, int revision, String reason, String explanation,
                        java.time.LocalDate effective, java.time.LocalDate signedOn, String place,
                        Signatory pertama, Signatory kedua, Instant at) {
        Map<String, Object> row = pkKey(pk);
        row.put("revision", revision);
        row.put("reason", reason);
        row.put("explanation", explanation);
        row.put("effective_date", effective);
        row.put("signed_on", signedOn);
        row.put("place", place);
        row.put("pihak_pertama", json(pertama));
        row.put("pihak_kedua", json(kedua));
        history.open("pk_revisi", row, at);
    }

    static String owner(PerjanjianKinerjaId pk) {
        return "pk/" + pk.year();
    }

    private static Map<String, Object> pkKey(PerjanjianKinerjaId pk) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", pk.opd().tenant().code());
        key.put("opd", pk.opd().code());
        key.put("year", pk.year());
        return key;
    }

    private static String json(Signatory signatory) {
        try {
            return signatory == null ? null : EnvelopeReader.mapper().writeValueAsString(signatory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
