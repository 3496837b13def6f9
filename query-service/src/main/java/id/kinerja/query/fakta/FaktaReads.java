package id.kinerja.query.fakta;

import id.kinerja.query.history.Saat;
import id.kinerja.query.narasi.NarasiReads;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.query.rencanaaksi.RencanaAksiReads;
import id.kinerja.query.siklus.PelaporanReads;
import id.kinerja.query.renstra.RenstraReads;
import id.kinerja.query.verifikasi.VerifikasiReads;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.fakta.Perubahan;
import id.kinerja.queryapi.pk.PkSnapshot;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The facts of one perangkat daerah's PK year at a moment, read from the read models: the one input of every view
 * (capaian, anggaran, verifikasi, the documents, the reporting cycle they print) — composed from it by the rule book. A tenant, OPD or PK unknown
 * then is a 404.
 */
@Component
public class FaktaReads {

    private final Tenants tenants;
    private final PkSnapshots snapshots;
    private final RealisasiReads realisasi;
    private final RencanaAksiReads rencanaAksi;
    private final RenstraReads renstra;
    private final VerifikasiReads verifikasi;
    private final NarasiReads narasi;
    private final PelaporanReads pelaporan;

    public FaktaReads(Tenants tenants, PkSnapshots snapshots, RealisasiReads realisasi, RencanaAksiReads rencanaAksi,
                      RenstraReads renstra, VerifikasiReads verifikasi, NarasiReads narasi, PelaporanReads pelaporan) {
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.realisasi = realisasi;
        this.rencanaAksi = rencanaAksi;
        this.renstra = renstra;
        this.verifikasi = verifikasi;
        this.narasi = narasi;
        this.pelaporan = pelaporan;
    }

    /** As of a recorded time. */
    public FaktaPk fakta(String tenant, String opd, int year, Instant asOf) {
        tenants.require(tenant, asOf);
        return load(tenant, opd, year, Saat.asOf(asOf));
    }

    /** As the PK stood under a revision (null: the one in force), as of a recorded time. */
    public FaktaPk underRevision(String tenant, String opd, int year, Instant asOf, Integer revisi) {
        return load(tenant, opd, year, snapshots.underRevision(tenant, opd, year, asOf, revisi));
    }

    public FaktaPk load(String tenant, String opd, int year, Saat saat) {
        PkSnapshot pk = snapshots.load(tenant, opd, year, saat);
        String period = pk.renstraPeriod();
        return new FaktaPk(tenants.require(tenant, saat.at()).name(), pk,
                snapshots.revisions(tenant, opd, year, saat),
                realisasi.realisasi(tenant, opd, year, saat), realisasi.realisasi(tenant, opd, year - 1, saat),
                rencanaAksi.rencanaAksi(tenant, opd, year, saat), rencanaAksi.anggaran(tenant, opd, year, saat),
                realisasi.anggaran(tenant, opd, year, saat), renstra.endTargets(tenant, opd, period, saat),
                renstra.pembanding(tenant, opd, period, Perubahan.REALISASI, year - 1, saat),
                renstra.pembanding(tenant, opd, period, Perubahan.STANDAR_NASIONAL, year, saat),
                verifikasi.verdicts(tenant, opd, year, saat), narasi.narasi(tenant, opd, year, saat),
                pelaporan.pelaporan(tenant, opd, year, saat));
    }
}
