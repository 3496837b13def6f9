package id.kinerja.query.replay;

import java.util.List;

/**
 * Every per-tenant read-model table: what a replay clears and rebuilds, including which events were applied and which
 * were set aside (offsets are the live consumer's, kept). The roll-up's PK summaries ({@code ringkasan_pk}) are
 * cleared and not rebuilt: their names change with the rebuilt rows, and they are composed again as asked.
 */
public final class ReadModelTables {

    public static final List<String> ALL = List.of("pemda", "perangkat_daerah", "renstra_node", "renstra_target",
            "renstra_pembanding", "perjanjian_kinerja", "pk_node", "indikator", "pk_revisi", "pk_target", "pk_pagu", "rencana_aksi",
            "rencana_anggaran", "realisasi", "realisasi_anggaran", "stated_figure", "narrative", "verifikasi", "riwayat",
            "status_periode", "riwayat_periode", "bukti_dukung", "kendala", "jadwal", "pk_versi", "ringkasan_pk",
            "processed_event", "projection_quarantine");

    private ReadModelTables() {
    }
}
