package id.kinerja.reporting.verifikasi;

import id.kinerja.queryapi.dokumen.VersiDokumen;
import id.kinerja.web.TidakSah;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data version goes into the verification address and comes back the same, its chain hashes shortened. */
class TautanVerifikasiTest {

    private static final String HASH = "a6ab1b63bd3558dec33b3a995ed01a24ebdd156d7616a459ca6dc8ce21d8237f";
    private static final String SIDIK = "e80072d3aa4fa8159e26cd2287aa50a128d72b3c2a1923d818d80b77d9987eb1";

    @Test
    void a_version_survives_the_round_trip_through_its_address() {
        VersiDokumen versi = new VersiDokumen("pk-perubahan", "51.03", "diskopukmp", 2023, 1,
                Instant.parse("2023-12-31T00:00:00.123Z"), List.of(new VersiDokumen.Rantai("51.03", 141, HASH)), SIDIK);
        String tautan = TautanVerifikasi.tautan("http://localhost:8083/api/verifikasi/dokumen", versi);
        assertThat(tautan).contains("rantai=51.03:141:a6ab1b63bd3558de&").doesNotContain(HASH);
        VersiDokumen back = TautanVerifikasi.versi(UriComponentsBuilder.fromUriString(tautan).build().getQueryParams());
        assertThat(back).isEqualTo(new VersiDokumen("pk-perubahan", "51.03", "diskopukmp", 2023, 1,
                versi.per(), List.of(new VersiDokumen.Rantai("51.03", 141, HASH.substring(0, 16))), SIDIK));
    }

    @Test
    void a_province_of_38_kabupaten_still_fits_a_qr_code() {
        List<VersiDokumen.Rantai> chains = IntStream.rangeClosed(0, 38).mapToObj(i -> new VersiDokumen.Rantai(
                i == 0 ? "35" : "35." + (i < 10 ? "0" : "") + i, 1_000_000 + i, HASH)).toList();
        String tautan = TautanVerifikasi.tautan("https://kinerja.jatimprov.go.id/verifikasi",
                new VersiDokumen(Penerbitan.JENIS_REKAP, "35", null, 2023, null, Instant.now(), chains, SIDIK));
        assertThat(tautan.length()).as("QR version 40-M holds 2331 bytes").isLessThan(2331);
    }

    @Test
    void a_forged_or_mangled_address_is_refused_by_field() {
        assertThatThrownBy(() -> TautanVerifikasi.versi(UriComponentsBuilder.fromUriString(
                "/x?jenis=lkjip&tenant=35.29&tahun=2023&per=kemarin&sidik=" + SIDIK).build().getQueryParams()))
                .isInstanceOfSatisfying(TidakSah.class, e -> assertThat(e.field()).isEqualTo("per"));
        assertThatThrownBy(() -> TautanVerifikasi.versi(UriComponentsBuilder.fromUriString(
                "/x?jenis=lkjip&tenant=35.29&tahun=2023&per=2023-12-31T00:00:00Z&rantai=35.29:x:y&sidik=" + SIDIK)
                .build().getQueryParams()))
                .isInstanceOfSatisfying(TidakSah.class, e -> assertThat(e.field()).isEqualTo("rantai"));
        assertThatThrownBy(() -> TautanVerifikasi.versi(UriComponentsBuilder.fromUriString(
                "/x?jenis=lkjip&tenant=35.29&tahun=2023&per=2023-12-31T00:00:00Z&sidik=abc").build().getQueryParams()))
                .isInstanceOfSatisfying(TidakSah.class, e -> assertThat(e.field()).isEqualTo("sidik"));
    }
}
