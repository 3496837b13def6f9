package id.kinerja.api.jadwal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kinerja.api.common.TenantId;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A daerah's reporting schedule for one year, written {@code 51.08/jadwal/2023}. */
public record JadwalId(TenantId tenant, int year) {

    private static final Pattern FORMAT = Pattern.compile("([0-9.]+)/jadwal/(\\d{4})");

    public JadwalId {
        Objects.requireNonNull(tenant, "tenant");
    }

    @JsonCreator
    public static JadwalId parse(String value) {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' bukan id jadwal (tenant/jadwal/tahun)");
        }
        return new JadwalId(TenantId.of(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @JsonValue
    @Override
    public String toString() {
        return tenant + "/jadwal/" + year;
    }
}
