package id.kinerja.query.provinsi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The roll-up's summaries of PKs, each kept under the name of the PK's facts at a moment ({@code pk_versi}: the
 * PK's last change up to that moment and its seq). Facts of a name never change — a change the PK receives later,
 * even recorded earlier, gives a new name — so a kept summary is never stale and needs no eviction but for memory.
 * Two places: this instance's memory, at most {@code kinerja.rekap.ringkasan-baris} rows of summaries (about half a
 * kilobyte each; a province of 38 × 40 PKs has ~150,000, so the default keeps two moments of one), least useful
 * first; and PostgreSQL ({@link RingkasanTabel}), shared by every instance — what a roll-up composed is stored there
 * by {@link RingkasanDahulu}, off the request.
 */
@Component
class RingkasanTersimpan {

    /** A PK's facts at a moment, by the last change of them up to it. */
    record Nama(String tenant, String opd, int year, Instant versi, long seq) {
    }

    /** Composed summaries waiting to be stored: a roll-up's worth of a large province, then no more are held. */
    private static final int WAITING_AT_MOST = 2_000;

    private final Cache<Nama, RingkasanPk> kept;
    private final RingkasanTabel table;
    private final Map<Nama, RingkasanPk> toStore = new ConcurrentHashMap<>();
    private final Counter readStored;

    RingkasanTersimpan(@Value("${kinerja.rekap.ringkasan-baris:400000}") long rows, RingkasanTabel table,
                       MeterRegistry registry) {
        this.table = table;
        kept = Caffeine.newBuilder().maximumWeight(rows).weigher((Nama name, RingkasanPk pk) -> pk.rows())
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, kept, "kinerja.rekap.ringkasan");
        readStored = Counter.builder("kinerja.rekap.ringkasan.tersimpan")
                .description("PK summaries a roll-up read from PostgreSQL, not kept in this instance's memory")
                .register(registry);
    }

    /** The summaries of these names kept in memory, or else stored (read in the caller's transaction). */
    Map<Nama, RingkasanPk> kept(Set<Nama> names) {
        Map<Nama, RingkasanPk> found = new HashMap<>(kept.getAllPresent(names));
        Set<Nama> elsewhere = new HashSet<>(names);
        elsewhere.removeAll(found.keySet());
        if (!elsewhere.isEmpty()) {
            Map<Nama, RingkasanPk> stored = table.read(elsewhere);
            kept.putAll(stored);
            readStored.increment(stored.size());
            found.putAll(stored);
        }
        return found;
    }

    /** Summaries a roll-up composed: kept in memory now, stored soon after. */
    void keep(Map<Nama, RingkasanPk> composed) {
        kept.putAll(composed);
        composed.forEach((name, summary) -> {
            if (toStore.size() < WAITING_AT_MOST) {
                toStore.put(name, summary);
            }
        });
    }

    /** Takes the composed summaries waiting to be stored. */
    Map<Nama, RingkasanPk> takeToStore() {
        Map<Nama, RingkasanPk> taken = new HashMap<>();
        for (Nama name : Set.copyOf(toStore.keySet())) {
            RingkasanPk summary = toStore.remove(name);
            if (summary != null) {
                taken.put(name, summary);
            }
        }
        return taken;
    }
}
