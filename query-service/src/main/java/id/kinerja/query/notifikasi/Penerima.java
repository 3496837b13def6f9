package id.kinerja.query.notifikasi;

import id.kinerja.query.notifikasi.Notifikasi.Jenis;
import id.kinerja.security.Pengguna;
import id.kinerja.security.Peran;

import java.util.List;

/** Who each kind of notification is for, and whether one is for a given user. */
final class Penerima {

    private static final List<String> PERANGKAT_DAERAH = List.of(Peran.OPERATOR_OPD.name(), Peran.KEPALA_DINAS.name());

    private Penerima() {
    }

    static List<String> untuk(Jenis jenis) {
        return switch (jenis) {
            case MENUNGGU_VERIFIKASI -> List.of(Peran.VERIFIKATOR.name());
            case DIKEMBALIKAN, DIBUKA_KEMBALI, TENGGAT_MENDEKAT, TERVERIFIKASI -> PERANGKAT_DAERAH;
            case TERLAMBAT -> List.of(Peran.OPERATOR_OPD.name(), Peran.KEPALA_DINAS.name(), Peran.VERIFIKATOR.name(),
                    Peran.KEPALA_DAERAH.name());
        };
    }

    /** Staff of the daerah get what is for their role — their own perangkat daerah's, for its staff. */
    static boolean bagi(Notifikasi notifikasi, Pengguna user) {
        if (!notifikasi.tenant().equals(user.tenant())) {
            return false;
        }
        for (String role : notifikasi.untuk()) {
            Peran peran = Peran.valueOf(role);
            if (!user.punya(peran)) {
                continue;
            }
            boolean opdRole = peran == Peran.OPERATOR_OPD || peran == Peran.KEPALA_DINAS;
            if (!opdRole || notifikasi.opd().equals(user.opd())) {
                return true;
            }
        }
        return false;
    }
}
