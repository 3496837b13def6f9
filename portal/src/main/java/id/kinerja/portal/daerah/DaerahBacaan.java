package id.kinerja.portal.daerah;

import java.util.List;

/** A daerah and its perangkat daerah with the years of their PK. */
public record DaerahBacaan(String tenant, String name, String jenis, String provinsi, List<Opd> perangkatDaerah) {

    public record Opd(String opd, String name, List<Integer> tahunPk) {
    }
}
