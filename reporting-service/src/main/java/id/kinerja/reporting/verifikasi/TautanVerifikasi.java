package id.kinerja.reporting.verifikasi;

import id.kinerja.queryapi.dokumen.VersiDokumen;
import id.kinerja.web.TidakSah;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A data version as the query of the verification address: readable, short enough for a QR code, and the same
 * parameters the public verification endpoint (and the portal's page) read back.
 * {@code ?jenis=lkjip&tenant=35.29&opd=diskop&tahun=2023&revisi=1&per=2023-12-31T00:00:00Z
 * &rantai=35.29:1234:ab12cd34ef56ab78&sidik=9f8e…}
 */
public final class TautanVerifikasi {

    /**
     * How much of each chain hash the address carries: 16 hex digits (64 bits) bind the document to the chain as it
     * stood, and keep a province's recap over 38 kabupaten/kota within what a QR code holds. The metadata keeps all.
     */
    static final int HASH_PREFIX = 16;

    private TautanVerifikasi() {
    }

    public static String tautan(String base, VersiDokumen versi) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base).queryParam("jenis", versi.jenis())
                .queryParam("tenant", versi.tenant());
        if (versi.opd() != null) {
            uri.queryParam("opd", versi.opd());
        }
        uri.queryParam("tahun", versi.tahun());
        if (versi.revisi() != null) {
            uri.queryParam("revisi", versi.revisi());
        }
        uri.queryParam("per", versi.per().toString());
        versi.rantai().forEach(r -> uri.queryParam("rantai", r.tenant() + ":" + r.posisi() + ":"
                + r.hash().substring(0, Math.min(HASH_PREFIX, r.hash().length()))));
        return uri.queryParam("sidik", versi.sidikJari()).build().encode().toUriString();
    }

    /** The version named by a verification request's parameters. */
    public static VersiDokumen versi(MultiValueMap<String, String> query) {
        List<VersiDokumen.Rantai> rantai = new ArrayList<>();
        for (String link : query.getOrDefault("rantai", List.of())) {
            String[] parts = link.split(":", -1);
            if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("[0-9a-f]{0,64}")) {
                throw new TidakSah("rantai", "rantai ditulis kode-daerah:posisi:hash, mis. 51.03:1234:ab12…");
            }
            rantai.add(new VersiDokumen.Rantai(parts[0], Long.parseLong(parts[1]), parts[2]));
        }
        String sidik = wajib(query, "sidik");
        if (!sidik.matches("[0-9a-f]{64}")) {
            throw new TidakSah("sidik", "sidik jari adalah 64 angka heksadesimal");
        }
        return new VersiDokumen(wajib(query, "jenis"), wajib(query, "tenant"), query.getFirst("opd"),
                angka(query, "tahun", true), angka(query, "revisi", false), waktu(wajib(query, "per")), rantai, sidik);
    }

    private static String wajib(MultiValueMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            throw new TidakSah(name, name + " wajib diisi, sebagaimana tertulis pada dokumen");
        }
        return value;
    }

    private static Integer angka(MultiValueMap<String, String> query, String name, boolean required) {
        String value = required ? wajib(query, name) : query.getFirst(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}")) {
            throw new TidakSah(name, name + " harus bilangan bulat");
        }
        return Integer.parseInt(value);
    }

    private static Instant waktu(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new TidakSah("per", "per ditulis ISO-8601, mis. 2023-12-31T00:00:00Z");
        }
    }
}
