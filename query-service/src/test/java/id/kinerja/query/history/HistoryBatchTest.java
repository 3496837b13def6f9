package id.kinerja.query.history;

import id.kinerja.query.support.ReadModelTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes gathered in a transaction and written together leave exactly the rows that writing each change at once
 * leaves: the same values with the same recorded-time ranges — also when one batch changes a key several times,
 * closes a whole group by part of its key, or closes what was stored before it. Both note the same moments at which
 * the PK's rows changed (pk_versi).
 */
class HistoryBatchTest extends ReadModelTest {

    private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");

    @Autowired
    private History history;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void a_batch_leaves_the_rows_that_writing_each_change_at_once_leaves() {
        // stored before the batch
        realisasi(history, "99.01", "JAN", 100, T);
        realisasi(history, "99.02", "JAN", 100, T);

        Consumer<String> story = tenant -> {
            realisasi(history, tenant, "JAN", 110, T.plusSeconds(1));     // corrects what was stored before
            realisasi(history, tenant, "FEB", 200, T.plusSeconds(2));
            realisasi(history, tenant, "FEB", 210, T.plusSeconds(3));     // the same key twice in the batch
            realisasi(history, tenant, "FEB", 220, T.plusSeconds(4));
            history.close("realisasi_anggaran", Map.of("tenant", tenant, "opd", "dinas", "year", 2025),
                    T.plusSeconds(5));                                      // a whole group, by part of the key
            realisasi(history, tenant, "MAR", 300, T.plusSeconds(6));
        };
        story.accept("99.01");                                             // each change written at once
        transaction.executeWithoutResult(status -> story.accept("99.02")); // gathered, written at commit

        assertThat(rows("99.02")).isEqualTo(rows("99.01")).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM realisasi_anggaran WHERE tenant = '99.02'"
                + " AND recorded_to IS NULL", Long.class)).as("only March is open").isEqualTo(1);
        assertThat(moments("99.02")).isEqualTo(moments("99.01"))
                .containsExactly(T, T.plusSeconds(1), T.plusSeconds(2), T.plusSeconds(3), T.plusSeconds(4),
                        T.plusSeconds(5), T.plusSeconds(6));
    }

    /** The rows came from no event: a replay in another test class would rightly remove them. */
    @AfterEach
    void removeTheRows() {
        jdbc.update("DELETE FROM realisasi_anggaran WHERE tenant IN ('99.01', '99.02')");
        jdbc.update("DELETE FROM pk_versi WHERE tenant IN ('99.01', '99.02')");
    }

    private static void realisasi(History history, String tenant, String month, long amount, Instant at) {
        history.replace("realisasi_anggaran", Map.of("tenant", tenant, "opd", "dinas", "year", 2025,
                        "sub_kegiatan_code", "1.01.01.1.01.0001", "month", month),
                Map.of("amount", amount), at);
    }

    private List<Instant> moments(String tenant) {
        return jdbc.queryForList("SELECT recorded_at FROM pk_versi WHERE tenant = ? AND opd = 'dinas' AND year = 2025"
                + " ORDER BY recorded_at", Timestamp.class, tenant).stream().map(Timestamp::toInstant).toList();
    }

    private List<Map<String, Object>> rows(String tenant) {
        return jdbc.queryForList("SELECT month, amount, recorded_from, recorded_to FROM realisasi_anggaran"
                + " WHERE tenant = ? ORDER BY recorded_from, month", tenant);
    }
}
