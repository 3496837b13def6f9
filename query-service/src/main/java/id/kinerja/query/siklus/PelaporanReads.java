package id.kinerja.query.siklus;

import id.kinerja.api.common.Periode;
import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.fakta.Pelaporan;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.OffsetDateTime;

/** A PK year's reporting cycle at a moment, as the facts of its documents carry it ({@link Pelaporan}). */
@Component
public class PelaporanReads {

    private final NamedParameterJdbcTemplate jdbc;

    public PelaporanReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Pelaporan pelaporan(String tenant, String opd, int year, Saat saat) {
        String pk = " WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND " + saat.on("x");
        return new Pelaporan(
                jdbc.query("SELECT * FROM status_periode x" + pk, saat.pk(tenant, opd, year), (rs, i) -> {
                    Date tenggat = rs.getDate("tenggat");
                    return new Pelaporan.Langkah(Periode.valueOf(rs.getString("period")), rs.getString("status"),
                            tenggat == null ? null : tenggat.toLocalDate(), rs.getBoolean("terlambat"),
                            rs.getString("catatan"), rs.getString("oleh"),
                            rs.getObject("recorded_from", OffsetDateTime.class).toInstant());
                }),
                jdbc.query("SELECT * FROM kendala x" + pk, saat.pk(tenant, opd, year),
                        (rs, i) -> new Pelaporan.Kendala(rs.getString("indicator_code"),
                                Periode.valueOf(rs.getString("period")), rs.getString("kendala"),
                                rs.getString("tindak_lanjut"))),
                jdbc.query("SELECT * FROM bukti_dukung x" + pk, saat.pk(tenant, opd, year),
                        (rs, i) -> new Pelaporan.Bukti(rs.getString("untuk_jenis"), rs.getString("untuk_kode"),
                                Periode.valueOf(rs.getString("period")), rs.getString("sha256"),
                                rs.getString("nama"))));
    }
}
