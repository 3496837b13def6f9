package id.kinerja.reporting.dokumen;

import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.pk.Revisi;

import java.util.ArrayList;
import java.util.List;

/** Every indicator of a PK in document order: sasaran, then each program with its kegiatan and sub kegiatan. */
final class Indikatoren {

    private Indikatoren() {
    }

    static List<PerjanjianKinerjaView.Indikator> semua(PerjanjianKinerjaView pk) {
        List<PerjanjianKinerjaView.Indikator> all = new ArrayList<>();
        for (PerjanjianKinerjaView.Sasaran sasaran : Kode.urut(pk.sasaran(), PerjanjianKinerjaView.Sasaran::code)) {
            all.addAll(sasaran.indicators());
            for (PerjanjianKinerjaView.Program program : Kode.urut(sasaran.programs(), PerjanjianKinerjaView.Program::code)) {
                all.addAll(program.indicators());
                for (PerjanjianKinerjaView.Kegiatan kegiatan : Kode.urut(program.kegiatan(), PerjanjianKinerjaView.Kegiatan::code)) {
                    all.addAll(kegiatan.indicators());
                    for (PerjanjianKinerjaView.SubKegiatan sub : Kode.urut(kegiatan.subKegiatan(), PerjanjianKinerjaView.SubKegiatan::code)) {
                        all.addAll(sub.indicators());
                    }
                }
            }
        }
        return all;
    }
}
