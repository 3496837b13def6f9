package id.kinerja.query.provinsi;

import id.kinerja.query.history.PkRows;
import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Composes each PK's roll-up summary ahead of the question, once its changes have settled: a PK that received no change
 * for {@code kinerja.rekap.dahulu-tenang} (a minute: its editor has moved on) has its summary composed and stored under
 * the name of its facts now. A perangkat daerah records a month's realisasi in a sitting and then nothing for days, so
 * the names that stand for most of the year — the moments an auditor or the province asks about, deadlines among
 * them — are composed once, soon after they arise, and a roll-up of any such moment reads them instead of some 4,000
 * rows per PK. A name that stood only within a sitting is not composed ahead (composing every one would put the
 * composition on every event and store a summary per event); a roll-up that needs it composes it as before.
 * <p>
 * Changes are followed by seq in {@code pk_versi}, looking back a few ticks, since a batch takes its seqs before it
 * commits. Every instance follows them; one composes at a time (an advisory lock), and none composes a name already
 * stored. Also stores what roll-ups composed ({@link RingkasanTersimpan#takeToStore}), off their requests.
 */
@Component
class RingkasanDahulu {

    private static final Logger log = LoggerFactory.getLogger(RingkasanDahulu.class);

    /** Ticks looked back: a batch commits within a few seconds of taking its seqs. */
    private static final int TICKS_LOOKED_BACK = 10;

    private record Pk(String tenant, String opd, int year) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reads;
    private final RingkasanSusun susun;
    private final RingkasanTabel table;
    private final RingkasanTersimpan kept;
    private final long tenangNanos;
    private final Counter composed;
    /** The highest seq of each PK seen in the ticks looked back. */
    private final Map<Pk, Long> seen = new HashMap<>();
    /** PKs whose summary waits for their changes to settle, and when their last change was seen (System.nanoTime). */
    private final Map<Pk, Long> waiting = new ConcurrentHashMap<>();
    /** The highest seq seen at each of the last ticks, oldest first. */
    private final Deque<Long> ticks = new ArrayDeque<>();

    RingkasanDahulu(JdbcTemplate jdbc, PlatformTransactionManager transactions, RingkasanSusun susun,
                    RingkasanTabel table, RingkasanTersimpan kept,
                    @Value("${kinerja.rekap.dahulu-tenang:PT1M}") Duration tenang, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.reads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.susun = susun;
        this.table = table;
        this.kept = kept;
        this.tenangNanos = tenang.toNanos();
        this.composed = Counter.builder("kinerja.rekap.ringkasan.dahulu")
                .description("PK summaries composed ahead of any roll-up, once the PK's changes settled")
                .register(registry);
        registry.gauge("kinerja.rekap.ringkasan.menunggu", waiting, Map::size);
        // followed from the start: what changed before it is composed by the roll-ups that need it
        ticks.add(jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM pk_versi", Long.class));
    }

    @Scheduled(fixedDelayString = "${kinerja.rekap.dahulu-setiap:PT1S}")
    void tick() {
        try {
            table.write(kept.takeToStore());
            follow();
            composeSettled();
        } catch (RuntimeException e) {
            // a summary not composed ahead is composed by the roll-up that needs it: worth a warning, not a stop
            log.warn("PK summaries not composed ahead this time: {}", e.toString());
        }
    }

    /** Notes the PKs whose facts got a new name since the ticks looked back. */
    private void follow() {
        long since = ticks.peekFirst();
        long highest = ticks.peekLast();
        long now = System.nanoTime();
        for (Map<String, Object> row : jdbc.queryForList("SELECT tenant, opd, year, max(seq) AS seq FROM pk_versi"
                + " WHERE seq > ? GROUP BY tenant, opd, year", since)) {
            Pk pk = new Pk((String) row.get("tenant"), (String) row.get("opd"), ((Number) row.get("year")).intValue());
            long seq = ((Number) row.get("seq")).longValue();
            if (seq > seen.getOrDefault(pk, Long.MIN_VALUE)) {
                seen.put(pk, seq);
                waiting.put(pk, now);
            }
            highest = Math.max(highest, seq);
        }
        ticks.add(highest);
        if (ticks.size() > TICKS_LOOKED_BACK) {
            ticks.removeFirst();
        }
        long oldest = ticks.peekFirst();
        seen.values().removeIf(seq -> seq <= oldest); // cannot be read again
    }

    private void composeSettled() {
        long now = System.nanoTime();
        Map<Integer, List<Pk>> settled = new LinkedHashMap<>();
        waiting.forEach((pk, since) -> {
            if (now - since >= tenangNanos) {
                settled.computeIfAbsent(pk.year(), y -> new ArrayList<>()).add(pk);
            }
        });
        for (Map.Entry<Integer, List<Pk>> year : settled.entrySet()) {
            List<Pk> pks = year.getValue();
            for (int from = 0; from < pks.size(); from += RingkasanSusun.PKS_PER_READ) {
                List<Pk> part = pks.subList(from, Math.min(pks.size(), from + RingkasanSusun.PKS_PER_READ));
                Map<RingkasanTersimpan.Nama, RingkasanPk> summaries = compose(part, year.getKey());
                if (summaries == null) {
                    return; // another instance is composing: what it leaves, the next tick does
                }
                table.write(summaries);
                composed.increment(summaries.size());
                part.forEach(waiting::remove);
            }
        }
    }

    /** The summaries of these PKs' facts now that are not stored yet; null if another instance is composing. */
    private Map<RingkasanTersimpan.Nama, RingkasanPk> compose(List<Pk> pks, int year) {
        return reads.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT pg_try_advisory_xact_lock(hashtext('ringkasan_pk'))", Boolean.class))) {
                return null;
            }
            Saat now = Saat.asOf(Instant.now());
            Map<PkRows.Key, RingkasanTersimpan.Nama> names = susun.names(PkRows.pks(
                    pks.stream().map(pk -> new PkRows.Key(pk.tenant(), pk.opd())).toList(), year, now), year);
            names.values().removeIf(name -> name == null);
            names.values().removeAll(table.stored(names.values()));
            Map<RingkasanTersimpan.Nama, RingkasanPk> summaries = new HashMap<>();
            if (!names.isEmpty()) {
                susun.compose(PkRows.pks(names.keySet(), year, now), year)
                        .forEach((pk, summary) -> summaries.put(names.get(pk), summary));
            }
            return summaries;
        });
    }
}
