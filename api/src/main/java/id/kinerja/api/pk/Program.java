package id.kinerja.api.pk;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/**
 * A program supporting a sasaran strategis. Its code follows the national nomenclature (e.g. {@code 2.17.03}
 * Program Pengawasan dan Pemeriksaan Koperasi), which is how provinces line up the same program across
 * their kabupaten/kota.
 */
public record Program(String code, String sasaranCode, String name, List<Indicator> indicators) {
}
