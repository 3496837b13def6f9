package id.kinerja.query.provinsi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The roll-up's summaries of PKs, each kept under the name of the PK's facts at a moment ({@code pk_versi}: the
 * PK's last change up to that moment and its seq). Facts of a name never change — a change the PK receives later,
 * even recorded earlier, gives a new name — so a kept summary is never stale and needs no eviction but for memory:
 * at most {@code kinerja.rekap.ringkasan-baris} rows of summaries (about half a kilobyte each; a province of 38 × 40
 * PKs has ~150,000, so the default keeps two moments of one, e.g. now and a reporting deadline), least useful first. Per instance: each instance keeps what it composed.
 */
@Component
class RingkasanTersimpan {

    /** A PK's facts at a moment, by the last change of them up to it. */
    record Nama(String tenant, String opd, int year, Instant versi, long seq) {
    }

    private final Cache<Nama, RingkasanPk> kept;

    RingkasanTersimpan(@Value("${kinerja.rekap.ringkasan-baris:400000}") long rows, MeterRegistry registry) {
        kept = Caffeine.newBuilder().maximumWeight(rows).weigher((Nama name, RingkasanPk pk) -> pk.rows())
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, kept, "kinerja.rekap.ringkasan");
    }

    Map<Nama, RingkasanPk> kept(Set<Nama> names) {
        return new HashMap<>(kept.getAllPresent(names));
    }

    void keep(Map<Nama, RingkasanPk> composed) {
        kept.putAll(composed);
    }
}
