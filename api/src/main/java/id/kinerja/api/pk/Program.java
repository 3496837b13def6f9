package id.kinerja.api.pk;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/**
 * A program supporting a sasaran strategis. Its {@code code} is the perangkat daerah's own (P01, P02 …, as its
 * documents number them); {@code nomenklatur} is the national nomenclature code (Kepmendagri 050-5889/2021, e.g.
 * {@code 2.17.03} Program Pengawasan dan Pemeriksaan Koperasi), by which provinces line up the same program across
 * their kabupaten/kota — null where it is not known (and in events recorded before it existed).
 */
public record Program(String code, String sasaranCode, String name, List<Indicator> indicators, String nomenklatur) {

    public Program(String code, String sasaranCode, String name, List<Indicator> indicators) {
        this(code, sasaranCode, name, indicators, null);
    }

    public Program withNomenklatur(String nomenklatur) {
        return new Program(code, sasaranCode, name, indicators, nomenklatur);
    }
}
