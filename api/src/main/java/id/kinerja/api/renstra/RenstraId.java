package id.kinerja.api.renstra;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kinerja.api.Wujud;
import id.kinerja.api.common.OpdId;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A perangkat daerah's Renstra for its period, written {@code 51.03/diskopukmp/renstra/2021-2026}. It is also
 * the aggregate identifier, so it carries the tenant: the event store's uniqueness is per identifier.
 */
@Wujud("id Renstra, mis. 51.03/diskopukmp/renstra/2021-2026")
public record RenstraId(OpdId opd, int firstYear, int lastYear) {

    private static final Pattern FORMAT = Pattern.compile("(.+)/renstra/(\\d{4})-(\\d{4})");

    public RenstraId {
        Objects.requireNonNull(opd, "opd");
    }

    @JsonCreator
    public static RenstraId parse(String value) {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' bukan id Renstra (tenant/opd/renstra/tahun-tahun)");
        }
        return new RenstraId(OpdId.parse(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The period as written in paths and documents: {@code 2021-2026}. */
    public String period() {
        return firstYear + "-" + lastYear;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    @JsonValue
    @Override
    public String toString() {
        return opd + "/renstra/" + period();
    }
}
