package id.kinerja.query.rencanaaksi;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.RencanaAksiSet;
import id.kinerja.api.rencanaaksi.RencanaAnggaranSet;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
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
    public void apply(Object event, EventEnvelope envelope) {
        Instant at = envelope.recordedAt();
        if (event instanceof RencanaAksiSet e) {
            Map<String, Object> key = key(e.pk().opd().tenant().code(), e.pk().opd().code(), e.pk().year());
            key.put("indicator_code", e.indicatorCode());
            history.close("rencana_aksi", key, at);
            for (PeriodTarget target : e.targets()) {
                Map<String, Object> row = new LinkedHashMap<>(key);
                row.put("period", target.period().name());
                row.putAll(NilaiColumns.of("target", target.target()));
                row.put("responsible", e.responsible());
                row.put("reason", e.reason());
                row.put("based_on_revision", e.basedOnRevision());
                history.open("rencana_aksi", row, at);
            }
        } else if (event instanceof RencanaAnggaranSet e) {
            Map<String, Object> key = key(e.pk().opd().tenant().code(), e.pk().opd().code(), e.pk().year());
            key.put("sub_kegiatan_code", e.subKegiatanCode());
            history.close("rencana_anggaran", key, at);
            for (MonthlyAmount amount : e.plan()) {
                Map<String, Object> row = new LinkedHashMap<>(key);
                row.put("month", amount.month().name());
                row.put("amount", amount.amount().amount());
                row.put("reason", e.reason());
                row.put("based_on_revision", e.basedOnRevision());
                history.open("rencana_anggaran", row, at);
            }
        }
    }

    private static Map<String, Object> key(String tenant, String opd, int year) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", tenant);
        key.put("opd", opd);
        key.put("year", year);
        return key;
    }
}
