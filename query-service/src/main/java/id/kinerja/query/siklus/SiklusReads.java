package id.kinerja.query.siklus;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.query.history.AsOfSql;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The reporting cycle's read models as of a time: indexed range queries, every one filtered by tenant first. */
@Component
public class SiklusReads {

    /** A period's status row; TERBUKA periods have none. */
    record Status(String opd, Periode period, String status, String catatan, String oleh, Instant sejak,
                  Instant diajukanPada, String diajukanOleh, boolean terlambat) {
    }

    record Tenggat(LocalDate tanggal, Instant ditutupPada, String ditutupOleh) {
    }

    record RealisasiRow(String indicatorCode, Nilai value, String pendingReason, String correctionReason,
                        LocalDate lewatTenggat) {
    }

    record AnggaranRow(String subKegiatanCode, Periode month, long amount, String correctionReason,
                       LocalDate lewatTenggat) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public SiklusReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The status rows of the daerah's year (of one OPD when opd is not null), by OPD and period. */
    Map<String, Map<Periode, Status>> statuses(String tenant, String opd, int year, Instant asOf) {
        Map<String, Map<Periode, Status>> byOpd = new HashMap<>();
        jdbc.query("SELECT * FROM status_periode s WHERE s.tenant = :tenant AND s.year = :year"
                + (opd == null ? "" : " AND s.opd = :opd") + " AND " + AsOfSql.on("s"), params(tenant, opd, year, asOf),
                rs -> {
                    Status status = new Status(rs.getString("opd"), Periode.valueOf(rs.getString("period")),
                            rs.getString("status"), rs.getString("catatan"), rs.getString("oleh"),
                            instant(rs, "recorded_from"), instant(rs, "diajukan_pada"), rs.getString("diajukan_oleh"),
                            rs.getBoolean("terlambat"));
                    byOpd.computeIfAbsent(status.opd(), o -> new EnumMap<>(Periode.class)).put(status.period(), status);
                });
        return byOpd;
    }

    Map<Periode, Tenggat> jadwal(String tenant, int year, Instant asOf) {
        Map<Periode, Tenggat> jadwal = new EnumMap<>(Periode.class);
        jdbc.query("SELECT period, tenggat, ditutup_pada, ditutup_oleh FROM jadwal j WHERE j.tenant = :tenant"
                + " AND j.year = :year AND " + AsOfSql.on("j"), params(tenant, null, year, asOf),
                rs -> {
                    jadwal.put(Periode.valueOf(rs.getString("period")), new Tenggat(rs.getDate("tenggat").toLocalDate(),
                            instant(rs, "ditutup_pada"), rs.getString("ditutup_oleh")));
                });
        return jadwal;
    }

    /** The perangkat daerah with a PK for the year, and their names, as of then. */
    Map<String, String> opdsWithPk(String tenant, int year, Instant asOf) {
        Map<String, String> opds = new TreeMap<>();
        jdbc.query("SELECT k.opd, d.name FROM perjanjian_kinerja k JOIN perangkat_daerah d ON d.tenant = k.tenant"
                + " AND d.opd = k.opd AND " + AsOfSql.on("d") + " WHERE k.tenant = :tenant AND k.year = :year AND "
                + AsOfSql.on("k"), params(tenant, null, year, asOf), rs -> {
                    opds.put(rs.getString(1), rs.getString(2));
                });
        return opds;
    }

    /**
     * The periods each OPD reports, by OPD: those of the granularities its Rencana Aksi and realisasi use, and the
     * year itself.
     */
    Map<String, Set<Periode>> reportingPeriods(String tenant, Collection<String> opds, int year, Instant asOf) {
        Map<String, Set<Periode>> periods = new HashMap<>();
        for (String opd : opds) {
            periods.put(opd, EnumSet.of(Periode.TAHUN));
        }
        String used = "SELECT DISTINCT x.opd, x.period FROM %s x WHERE x.tenant = :tenant AND x.year = :year AND "
                + AsOfSql.on("x");
        for (String table : List.of("rencana_aksi", "realisasi")) {
            jdbc.query(used.formatted(table), params(tenant, null, year, asOf), rs -> {
                Set<Periode> of = periods.get(rs.getString(1));
                if (of != null) {
                    of.addAll(Periode.all(Periode.valueOf(rs.getString(2)).granularity()));
                }
            });
        }
        return periods;
    }

    List<Riwayat> riwayat(String tenant, String opd, int year, Collection<Periode> periods, Instant asOf) {
        return jdbc.query("""
                        SELECT * FROM riwayat_periode r WHERE r.tenant = :tenant AND r.opd = :opd AND r.year = :year
                        AND r.period IN (:periods) AND r.recorded_at <= :asOf ORDER BY r.recorded_at, r.id""",
                params(tenant, opd, year, asOf).addValue("periods", periods.stream().map(Enum::name).toList()),
                (rs, i) -> new Riwayat(rs.getString("period"), rs.getString("langkah"), rs.getString("kode"),
                        rs.getBoolean("anggaran"), rs.getString("uraian"), rs.getString("catatan"), rs.getBoolean("terlambat"), rs.getString("oleh"),
                        instant(rs, "recorded_at")));
    }

    List<Bukti> bukti(String tenant, String opd, int year, Instant asOf) {
        String unduh = "/api/tenants/" + tenant + "/opd/" + opd + "/pk/" + year + "/bukti-dukung/";
        return jdbc.query("SELECT * FROM bukti_dukung b WHERE b.tenant = :tenant AND b.opd = :opd AND b.year = :year"
                        + " AND " + AsOfSql.on("b") + " ORDER BY b.untuk_jenis, b.untuk_kode, b.period, b.recorded_from",
                params(tenant, opd, year, asOf),
                (rs, i) -> new Bukti(rs.getString("untuk_jenis"), rs.getString("untuk_kode"), rs.getString("period"),
                        rs.getString("sha256"), rs.getString("nama"), rs.getLong("ukuran"), rs.getString("media_type"),
                        rs.getString("oleh"), instant(rs, "recorded_from"), unduh + rs.getString("sha256")));
    }

    List<Kendala> kendala(String tenant, String opd, int year, Instant asOf) {
        return jdbc.query("SELECT * FROM kendala k WHERE k.tenant = :tenant AND k.opd = :opd AND k.year = :year AND "
                        + AsOfSql.on("k") + " ORDER BY k.indicator_code, k.period", params(tenant, opd, year, asOf),
                (rs, i) -> new Kendala(rs.getString("indicator_code"), rs.getString("period"), rs.getString("kendala"),
                        rs.getString("tindak_lanjut"), rs.getString("oleh"), instant(rs, "recorded_from")));
    }

    List<RealisasiRow> realisasi(String tenant, String opd, int year, Periode period, Instant asOf) {
        return jdbc.query("SELECT * FROM realisasi x WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year"
                        + " AND x.period = :period AND " + AsOfSql.on("x") + " ORDER BY x.indicator_code",
                params(tenant, opd, year, asOf).addValue("period", period.name()),
                (rs, i) -> new RealisasiRow(rs.getString("indicator_code"),
                        NilaiColumns.read(rs, "value"),
                        rs.getString("pending_reason"), rs.getString("correction_reason"), date(rs, "lewat_tenggat")));
    }

    List<AnggaranRow> anggaran(String tenant, String opd, int year, Collection<Periode> months, Instant asOf) {
        return jdbc.query("SELECT * FROM realisasi_anggaran x WHERE x.tenant = :tenant AND x.opd = :opd"
                        + " AND x.year = :year AND x.month IN (:months) AND " + AsOfSql.on("x")
                        + " ORDER BY x.sub_kegiatan_code, x.month",
                params(tenant, opd, year, asOf).addValue("months", months.stream().map(Enum::name).toList()),
                (rs, i) -> new AnggaranRow(rs.getString("sub_kegiatan_code"), Periode.valueOf(rs.getString("month")),
                        rs.getLong("amount"), rs.getString("correction_reason"), date(rs, "lewat_tenggat")));
    }

    /** The years the daerah has PKs for, as of then. */
    List<Integer> years(String tenant, Instant asOf) {
        return jdbc.queryForList("SELECT DISTINCT k.year FROM perjanjian_kinerja k WHERE k.tenant = :tenant AND "
                + AsOfSql.on("k") + " ORDER BY k.year", params(tenant, null, 0, asOf), Integer.class);
    }

    private static MapSqlParameterSource params(String tenant, String opd, int year, Instant asOf) {
        return new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("year", year)
                .addValue("asOf", History.timestamp(asOf));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
