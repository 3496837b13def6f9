package id.kinerja.query.rencanaaksi;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rencana Aksi (period targets per indicator) and Rencana Anggaran (monthly spending plan per sub kegiatan).
 * Each event replaces the whole set of its indicator or sub kegiatan: all open rows close, the new ones open.
 */
@Component
public class RencanaAksiProjection implements Projection {

    private final History history;

    public RencanaAksiProjection(History history) {
        this.history = history;
    }

    @Override
    public void rencanaAksi(PerjanjianKinerjaId pk, String indicator, List<PeriodTarget> targets, String responsible,
                            String reason, int basedOnRevision, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("indicator_code", indicator);
        history.close("rencana_aksi", key, at);
        for (PeriodTarget target : targets) {
            Map<String, Object> row = new LinkedHashMap<>(key);
            row.put("period", target.period().name());
            row.putAll(NilaiColumns.of("target", target.target()));
            row.put("responsible", responsible);
            row.put("reason", reason);
            row.put("based_on_revision", basedOnRevision);
            history.open("rencana_aksi", row, at);
        }
    }

    @Override
    public void rencanaAnggaran(PerjanjianKinerjaId pk, String subKegiatan, List<MonthlyAmount> plan, String reason,
                                int basedOnRevision, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("sub_kegiatan_code", subKegiatan);
        history.close("rencana_anggaran", key, at);
        for (MonthlyAmount amount : plan) {
            Map<String, Object> row = new LinkedHashMap<>(key);
            row.put("month", amount.month().name());
            row.put("amount", amount.amount().amount());
            row.put("reason", reason);
            row.put("based_on_revision", basedOnRevision);
            history.open("rencana_anggaran", row, at);
        }
    }
}
