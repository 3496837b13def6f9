package id.kinerja.reporting.dokumen;

import id.kinerja.reporting.pk.PkData;

import java.util.ArrayList;
import java.util.List;

/** Every indicator of a PK in document order: sasaran, then each program with its kegiatan and sub kegiatan. */
final class Indikatoren {

    private Indikatoren() {
    }

    static List<PkData.Indikator> semua(PkData pk) {
        List<PkData.Indikator> all = new ArrayList<>();
        for (PkData.Sasaran sasaran : Kode.urut(pk.sasaran(), PkData.Sasaran::code)) {
            all.addAll(sasaran.indicators());
            for (PkData.Program program : Kode.urut(sasaran.programs(), PkData.Program::code)) {
                all.addAll(program.indicators());
                for (PkData.Kegiatan kegiatan : Kode.urut(program.kegiatan(), PkData.Kegiatan::code)) {
                    all.addAll(kegiatan.indicators());
                    for (PkData.SubKegiatan sub : Kode.urut(kegiatan.subKegiatan(), PkData.SubKegiatan::code)) {
                        all.addAll(sub.indicators());
                    }
                }
            }
        }
        return all;
    }
}
