package id.kinerja.command.buktidukung;

import id.kinerja.api.common.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks every file a daerah's events ever attached as bukti dukung against its hash, for the integrity report:
 * the event chain proves which hash was attached, this proves the stored bytes still have it.
 */
@Component
public class PemeriksaanBerkas {

    /** A file that cannot be served as attached. */
    public record BerkasTidakUtuh(String sha256, String masalah) {
    }

    public record Hasil(long diperiksa, List<BerkasTidakUtuh> tidakUtuh) {
    }

    private final JdbcTemplate jdbc;
    private final PenyimpananBerkas penyimpanan;

    PemeriksaanBerkas(JdbcTemplate jdbc, PenyimpananBerkas penyimpanan) {
        this.jdbc = jdbc;
        this.penyimpanan = penyimpanan;
    }

    public Hasil periksa(TenantId tenant) {
        List<String> hashes = jdbc.queryForList("""
                SELECT DISTINCT convert_from(payload, 'UTF8')::jsonb -> 'berkas' ->> 'sha256' FROM domain_event_entry
                WHERE payload_type = 'id.kinerja.api.buktidukung.BuktiDukungAttached'
                AND split_part(aggregate_identifier, '/', 1) = ? ORDER BY 1""", String.class, tenant.code());
        List<BerkasTidakUtuh> damaged = new ArrayList<>();
        for (String sha256 : hashes) {
            try {
                if (penyimpanan.baca(sha256).isEmpty()) {
                    damaged.add(new BerkasTidakUtuh(sha256, "tidak ada di penyimpanan"));
                }
            } catch (BerkasRusak e) {
                damaged.add(new BerkasTidakUtuh(sha256, e.getMessage()));
            }
        }
        return new Hasil(hashes.size(), damaged);
    }
}
