package id.kinerja.query.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.verifikasi.Verdict;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** The verdict in force for each period of a PK at a moment. */
@Component
public class VerifikasiReads {

    private final NamedParameterJdbcTemplate jdbc;

    public VerifikasiReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In calendar order of their periods. */
    public List<Verdict> verdicts(String tenant, String opd, int year, Saat saat) {
        return jdbc.query("SELECT period, hasil, catatan, verifier, recorded_from FROM verifikasi v"
                        + " WHERE v.tenant = :tenant AND v.opd = :opd AND v.year = :year AND " + saat.on("v"),
                saat.pk(tenant, opd, year), (rs, i) -> new Verdict(rs.getString("period"), rs.getString("hasil"),
                        rs.getString("catatan"), rs.getString("verifier"),
                        rs.getObject("recorded_from", java.time.OffsetDateTime.class).toInstant())).stream()
                .sorted(Comparator.comparing(v -> Periode.valueOf(v.period()))).toList();
    }
}
