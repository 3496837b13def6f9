package id.kinerja.load.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real provinces and kabupaten/kota with their Kemendagri codes (resources {@code wilayah/}, ODbL, see its
 * README): the synthetic province is made of the real daerah of the province asked for.
 */
public final class Wilayah {

    /** A daerah: a province (code {@code 35}) or a kabupaten/kota ({@code 35.29}). */
    public record Daerah(String code, String name, String jenis) {

        public boolean isProvinsi() {
            return jenis.equals("PROVINSI");
        }
    }

    private Wilayah() {
    }

    /** The province itself, registered as the tenant {@code code}, e.g. "Provinsi Jawa Timur". */
    public static Daerah provinsi(String code) {
        for (String[] row : rows("provinces.csv")) {
            if (row[0].equals(code)) {
                return new Daerah(code, "Provinsi " + row[1], "PROVINSI");
            }
        }
        throw new IllegalArgumentException("no province with code " + code + " in wilayah/provinces.csv");
    }

    /** The province's kabupaten and kota, in code order. */
    public static List<Daerah> kabupatenKota(String provinsi) {
        List<Daerah> daerah = new ArrayList<>();
        for (String[] row : rows("regencies.csv")) {
            if (row[1].equals(provinsi)) {
                String name = row[2];
                daerah.add(new Daerah(row[0], name, name.startsWith("Kota ") ? "KOTA" : "KABUPATEN"));
            }
        }
        if (daerah.isEmpty()) {
            throw new IllegalArgumentException("no kabupaten/kota of province " + provinsi + " in wilayah/regencies.csv");
        }
        return daerah;
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = Wilayah.class.getResourceAsStream("/wilayah/" + file)) {
            if (in == null) {
                throw new IllegalStateException("resource wilayah/" + file + " missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
