package id.kinerja.query.siklus;

import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.LinkedHashMap;
import java.util.Map;

/** The key columns of a PK's rows, in the order the indexes list them. */
final class Keys {

    private Keys() {
    }

    static Map<String, Object> of(PerjanjianKinerjaId pk) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", pk.opd().tenant().code());
        key.put("opd", pk.opd().code());
        key.put("year", pk.year());
        return key;
    }
}
