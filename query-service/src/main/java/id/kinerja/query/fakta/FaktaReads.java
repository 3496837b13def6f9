package id.kinerja.query.fakta;

import id.kinerja.query.history.Saat;
import id.kinerja.query.narasi.NarasiReads;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.realisasi.RealisasiReads;
import id.kinerja.query.rencanaaksi.RencanaAksiReads;
import id.kinerja.query.renstra.RenstraReads;
import id.kinerja.query.siklus.PelaporanReads;
import id.kinerja.query.verifikasi.VerifikasiReads;
import id.kinerja.queryapi.fakta.FaktaPk.Bagian;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.fakta.Perubahan;
import id.kinerja.queryapi.pk.PkSnapshot;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return fakta(tenant, opd, year, asOf, Bagian.SEMUA);
    }

    /** As of a recorded time, only the parts asked for besides the PK. */
    public FaktaPk fakta(String tenant, String opd, int year, Instant asOf, Set<Bagian> parts) {
        tenants.require(tenant, asOf);
        return load(tenant, opd, year, Saat.asOf(asOf), parts);
    }

    /**
     * As the PK stood under a revision (null: the one in force), as of a recorded time; only the parts asked for
     * besides the PK ({@link Bagian}: what a view or document reads), the others left empty.
     */
    public FaktaPk underRevision(String tenant, String opd, int year, Instant asOf, Integer revisi, Set<Bagian> parts) {
        return load(tenant, opd, year, snapshots.underRevision(tenant, opd, year, asOf, revisi), parts);
    }

    public FaktaPk load(String tenant, String opd, int year, Saat saat) {
        return load(tenant, opd, year, saat, Bagian.SEMUA);
    }

    private FaktaPk load(String tenant, String opd, int year, Saat saat, Set<Bagian> parts) {
        PkSnapshot pk = snapshots.load(tenant, opd, year, saat);
        String period = pk.renstraPeriod();
        boolean capaian = parts.contains(Bagian.CAPAIAN);
        boolean anggaran = parts.contains(Bagian.ANGGARAN);
        boolean pelaporan = parts.contains(Bagian.PELAPORAN);
        return new FaktaPk(tenants.require(tenant, saat.at()).name(), pk,
                pelaporan ? snapshots.revisions(tenant, opd, year, saat) : List.of(),
                capaian ? realisasi.realisasi(tenant, opd, year, saat) : Map.of(),
                capaian ? realisasi.realisasi(tenant, opd, year - 1, saat) : Map.of(),
                capaian ? rencanaAksi.rencanaAksi(tenant, opd, year, saat) : Map.of(),
                anggaran ? rencanaAksi.anggaran(tenant, opd, year, saat) : Map.of(),
                anggaran ? realisasi.anggaran(tenant, opd, year, saat) : Map.of(),
                capaian ? renstra.endTargets(tenant, opd, period, saat) : Map.of(),
                capaian ? renstra.pembanding(tenant, opd, period, Perubahan.REALISASI, year - 1, saat) : Map.of(),
                capaian ? renstra.pembanding(tenant, opd, period, Perubahan.STANDAR_NASIONAL, year, saat) : Map.of(),
                pelaporan ? verifikasi.verdicts(tenant, opd, year, saat) : List.of(),
                pelaporan ? narasi.narasi(tenant, opd, year, saat) : List.of(),
                pelaporan ? this.pelaporan.pelaporan(tenant, opd, year, saat) : null);
    }
}
