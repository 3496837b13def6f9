package id.kinerja.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kinerja.api.Wujud;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A perangkat daerah (OPD, e.g. a dinas) inside a tenant. Its code is chosen by the tenant and is unique
 * there; written as {@code 51.03/diskopukmp}.
 */
@Wujud("kode perangkat daerah dengan kode wilayahnya, mis. 51.03/diskopukmp")
public record OpdId(TenantId tenant, String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public OpdId {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(code, "opd code");
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("kode perangkat daerah '" + code
                    + "' tidak sah: huruf kecil, angka, titik atau tanda hubung, maksimal 64 karakter");
        }
    }

    /** Whether a code may name a perangkat daerah: lower-case letters, digits, dots and hyphens, at most 64. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    @JsonCreator
    public static OpdId parse(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + value + "' bukan id perangkat daerah (tenant/kode)");
        }
        return new OpdId(TenantId.of(value.substring(0, slash)), value.substring(slash + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return tenant + "/" + code;
    }
}
