package id.kinerja.query.provinsi;

import id.kinerja.api.common.TenantId;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.queryapi.provinsi.RekapSusun;
import id.kinerja.web.TidakSah;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers, as of the asked time, the PK facts of every kabupaten/kota of a province — a province reads only its own:
 * those whose code starts with it — and has the rule book roll them up ({@link RekapSusun}; programs lined up by
 * their national nomenclature code).
 */
@Component
public class RekapQueries {

    private final Tenants tenants;
    private final PkSnapshots snapshots;
    private final FaktaReads fakta;

    public RekapQueries(Tenants tenants, PkSnapshots snapshots, FaktaReads fakta) {
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.fakta = fakta;
    }

    public RekapProvinsi rekap(String provinsi, int year, Instant asOf) {
        if (!provinsi.matches("\\d{2}")) {
            throw new TidakSah("provinsi", "'" + provinsi + "' bukan kode provinsi (dua angka, mis. 51)");
        }
        Tenants.Pemda province = tenants.require(provinsi, asOf);
        List<RekapSusun.Daerah> daerah = new ArrayList<>();
        for (Tenants.Pemda kab : tenants.kabupatenKota(provinsi, asOf)) {
            if (TenantId.of(kab.tenant()).provinsi().code().equals(provinsi)) {
                daerah.add(new RekapSusun.Daerah(kab.tenant(), kab.name(), snapshots.opdsWithPk(kab.tenant(), year, asOf)
                        .stream().map(opd -> fakta.fakta(kab.tenant(), opd, year, asOf)).toList()));
            }
        }
        return RekapSusun.rekap(provinsi, province.name(), year, asOf, daerah);
    }
}
