package id.kinerja.query.narasi;

import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.fakta.FaktaPk;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The LKjIP narrative sections of a PK as written at a moment, each with when it was last written. */
@Component
public class NarasiReads {

    private final NamedParameterJdbcTemplate jdbc;

    public NarasiReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FaktaPk.Narasi> narasi(String tenant, String opd, int year, Saat saat) {
        return jdbc.query("SELECT section, text, recorded_from FROM narrative n WHERE n.tenant = :tenant"
                        + " AND n.opd = :opd AND n.year = :year AND " + saat.on("n"), saat.pk(tenant, opd, year),
                (rs, i) -> new FaktaPk.Narasi(rs.getString("section"), rs.getString("text"),
                        rs.getObject("recorded_from", java.time.OffsetDateTime.class).toInstant()));
    }
}
