package id.kinerja.command.akses;

import id.kinerja.api.buktidukung.AttachBuktiDukung;
import id.kinerja.api.buktidukung.RemoveBuktiDukung;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.dokumen.RecordStatedFigure;
import id.kinerja.api.dokumen.WriteNarrative;
import id.kinerja.api.jadwal.ClosePeriode;
import id.kinerja.api.jadwal.SetJadwal;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.api.pemda.RegisterPemerintahDaerah;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.api.pk.AddKegiatan;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.AddSubKegiatan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.DraftPerjanjianKinerja;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.pk.SetTarget;
import id.kinerja.api.pk.SignPerjanjianKinerja;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import id.kinerja.api.rencanaaksi.SetRencanaAnggaran;
import id.kinerja.api.renstra.AddSasaranStrategis;
import id.kinerja.api.renstra.AddTujuan;
import id.kinerja.api.renstra.DeclareRenstra;
import id.kinerja.api.renstra.RecordRealisasiTahunan;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.SetRenstraEndTarget;
import id.kinerja.api.renstra.SetRenstraTarget;
import id.kinerja.api.renstra.SetStandarNasional;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.api.verifikasi.ReopenPeriode;
import id.kinerja.api.verifikasi.SubmitPeriode;
import id.kinerja.security.AksesDitolak;
import id.kinerja.security.Pengguna;
import id.kinerja.security.Peran;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Who may send which command, for which daerah and perangkat daerah — the matrix of docs/security.md, enforced for
 * every command, whether it came as a request or as a line of an import file. The daerah and perangkat daerah are
 * the command's own (its aggregate identifier), never something the user claims.
 */
@Component
public class Wewenang {

    private static final Set<Peran> ADMIN = EnumSet.of(Peran.ADMIN_PLATFORM);
    private static final Set<Peran> OPERATOR = EnumSet.of(Peran.OPERATOR_OPD);
    /** The PK is signed and amended by its Pihak Pertama or, for the daerah, its Pihak Kedua. */
    private static final Set<Peran> PENANDA_TANGAN = EnumSet.of(Peran.KEPALA_DINAS, Peran.KEPALA_DAERAH);
    private static final Set<Peran> VERIFIKATOR = EnumSet.of(Peran.VERIFIKATOR);
    /** A locked period is reopened by the verifier or, answering for the whole daerah, its Kepala Daerah. */
    private static final Set<Peran> PEMBUKA = EnumSet.of(Peran.VERIFIKATOR, Peran.KEPALA_DAERAH);

    private static final Map<Class<?>, Set<Peran>> MATRIX = Map.ofEntries(
            entry(RegisterPemerintahDaerah.class, ADMIN),
            entry(RegisterPerangkatDaerah.class, ADMIN),
            entry(DeclareRenstra.class, OPERATOR),
            entry(AddTujuan.class, OPERATOR),
            entry(AddSasaranStrategis.class, OPERATOR),
            entry(SetRenstraTarget.class, OPERATOR),
            entry(SetRenstraEndTarget.class, OPERATOR),
            entry(RecordRealisasiTahunan.class, OPERATOR),
            entry(SetStandarNasional.class, OPERATOR),
            entry(DraftPerjanjianKinerja.class, OPERATOR),
            entry(AddProgram.class, OPERATOR),
            entry(AddKegiatan.class, OPERATOR),
            entry(AddSubKegiatan.class, OPERATOR),
            entry(SetTarget.class, OPERATOR),
            entry(SetPagu.class, OPERATOR),
            entry(SignPerjanjianKinerja.class, PENANDA_TANGAN),
            entry(AmendPerjanjianKinerja.class, PENANDA_TANGAN),
            entry(SetRencanaAksi.class, OPERATOR),
            entry(SetRencanaAnggaran.class, OPERATOR),
            entry(RecordRealisasi.class, OPERATOR),
            entry(CorrectRealisasi.class, OPERATOR),
            entry(RecordRealisasiAnggaran.class, OPERATOR),
            entry(CorrectRealisasiAnggaran.class, OPERATOR),
            entry(RecordStatedFigure.class, OPERATOR),
            entry(WriteNarrative.class, OPERATOR),
            entry(AttachBuktiDukung.class, OPERATOR),
            entry(RemoveBuktiDukung.class, OPERATOR),
            entry(RecordKendala.class, OPERATOR),
            entry(SubmitPeriode.class, OPERATOR),
            entry(RecordVerifikasi.class, VERIFIKATOR),
            entry(ReopenPeriode.class, PEMBUKA),
            entry(SetJadwal.class, VERIFIKATOR),
            entry(ClosePeriode.class, VERIFIKATOR));

    /** Refuses, with the reason, a command the user may not send for this daerah. */
    public void periksa(Pengguna user, TenantId tenant, Object command) {
        Set<Peran> allowed = MATRIX.get(command.getClass());
        if (allowed == null) {
            throw new AksesDitolak("perintah " + command.getClass().getSimpleName() + " tidak terbuka bagi pengguna");
        }
        if (allowed.stream().noneMatch(user::punya)) {
            throw new AksesDitolak("perintah " + command.getClass().getSimpleName() + " hanya untuk peran " + allowed
                    + "; pengguna " + user.nama() + " berperan " + user.peran());
        }
        if (acts(user, allowed, Peran.ADMIN_PLATFORM)) {
            return;
        }
        if (!tenant.code().equals(user.tenant())) {
            throw new AksesDitolak("pengguna " + user.nama() + " tidak berwenang di daerah " + tenant.code());
        }
        if (acts(user, allowed, Peran.KEPALA_DAERAH) || acts(user, allowed, Peran.VERIFIKATOR)) {
            return; // their whole daerah
        }
        OpdId opd = opdOf(command);
        if (opd != null && !opd.code().equals(user.opd())) {
            throw new AksesDitolak("pengguna " + user.nama() + " tidak berwenang atas perangkat daerah " + opd);
        }
    }

    /** Whether the user sends the command in this role: it has it and the command is open to it. */
    private static boolean acts(Pengguna user, Set<Peran> allowed, Peran role) {
        return user.punya(role) && allowed.contains(role);
    }

    /** The perangkat daerah a command is about: that of its PK, Renstra or own identifier. */
    static OpdId opdOf(Object command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(command);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof PerjanjianKinerjaId pk) {
                return pk.opd();
            }
            if (value instanceof RenstraId renstra) {
                return renstra.opd();
            }
            if (value instanceof OpdId opd) {
                return opd;
            }
        }
        return null;
    }
}
