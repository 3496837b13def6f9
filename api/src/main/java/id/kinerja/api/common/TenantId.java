package id.kinerja.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kinerja.api.Wujud;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant: one pemerintah daerah, identified by its Kemendagri region code — a province has two digits
 * ({@code 51} Bali), a kabupaten or kota adds its own two ({@code 51.03} Badung). The province of a
 * kabupaten/kota is therefore part of its code.
 */
@Wujud("kode wilayah Kemendagri, mis. 51 (provinsi) atau 51.03 (kabupaten/kota)")
public record TenantId(String code) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2})?");

    public TenantId {
        Objects.requireNonNull(code, "tenant code");
        if (!isValid(code)) {
            throw new IllegalArgumentException(
                    "kode wilayah '" + code + "' tidak sah: gunakan kode Kemendagri, mis. 51 atau 51.03");
        }
    }

    /** Whether a code is a Kemendagri region code: {@code 51} (province) or {@code 51.03} (kabupaten/kota). */
    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    @JsonCreator
    public static TenantId of(String code) {
        return new TenantId(code);
    }

    public boolean isProvinsi() {
        return code.length() == 2;
    }

    /** The province this tenant belongs to; a province is its own province. */
    public TenantId provinsi() {
        return isProvinsi() ? this : new TenantId(code.substring(0, 2));
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
