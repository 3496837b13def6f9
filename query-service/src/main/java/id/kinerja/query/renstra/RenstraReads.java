package id.kinerja.query.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Renstra end-of-period targets as of a recorded time, for tingkat kemajuan. */
@Component
public class RenstraReads {

    private final NamedParameterJdbcTemplate jdbc;

    public RenstraReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Nilai> endTargets(String tenant, String opd, String period, Instant asOf) {
        Map<String, Nilai> targets = new HashMap<>();
        jdbc.query("""
                SELECT indicator_code, target_angka, target_predikat FROM renstra_target x
                WHERE x.tenant = :tenant AND x.opd = :opd AND x.period = :period AND x.kind = 'AKHIR' AND """ + " "
                + AsOf.on("x"), new MapSqlParameterSource("tenant", tenant).addValue("opd", opd)
                .addValue("period", period).addValue("asOf", History.timestamp(asOf)), rs -> {
            targets.put(rs.getString(1), NilaiColumns.read(rs.getBigDecimal(2), rs.getString(3)));
        });
        return targets;
    }
}
