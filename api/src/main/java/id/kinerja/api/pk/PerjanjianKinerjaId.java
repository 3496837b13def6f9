package id.kinerja.api.pk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kinerja.api.Wujud;
import id.kinerja.api.common.OpdId;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Perjanjian Kinerja of one perangkat daerah for one year, written {@code 51.03/diskopukmp/pk/2023}. The
 * aggregate behind it holds the whole performance year: the PK and its amendments, the Rencana Aksi, and the
 * realisasi measured against them.
 */
@Wujud("id PK, mis. 51.03/diskopukmp/pk/2023")
public record PerjanjianKinerjaId(OpdId opd, int year) {

    private static final Pattern FORMAT = Pattern.compile("(.+)/pk/(\\d{4})");

    public PerjanjianKinerjaId {
        Objects.requireNonNull(opd, "opd");
    }

    @JsonCreator
    public static PerjanjianKinerjaId parse(String value) {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' bukan id Perjanjian Kinerja (tenant/opd/pk/tahun)");
        }
        return new PerjanjianKinerjaId(OpdId.parse(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @JsonValue
    @Override
    public String toString() {
        return opd + "/pk/" + year;
    }
}
