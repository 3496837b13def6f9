package id.kinerja.portal.tampilan;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TanggalTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void a_date_is_read_day_first_as_indonesians_write_it() {
        LocalDate day = LocalDate.of(2023, 9, 22);
        assertThat(Tanggal.tanggal("22-09-2023")).contains(day);
        assertThat(Tanggal.tanggal("22/9/2023")).contains(day);
        assertThat(Tanggal.tanggal(" 22 September 2023 ")).contains(day);
        assertThat(Tanggal.tanggal("22 Sep 2023")).contains(day);
        assertThat(Tanggal.tanggal("22 Agt 2023")).contains(LocalDate.of(2023, 8, 22));
        assertThat(Tanggal.tanggal("2023-09-22")).as("ISO, as older links carry it").contains(day);
    }

    @Test
    void every_date_and_moment_the_pages_print_is_read_back() {
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2023, month, 22);
            for (String pattern : List.of("d MMMM yyyy", "d MMM yyyy", "dd-MM-yyyy")) {
                assertThat(Tanggal.tanggal(DateTimeFormatter.ofPattern(pattern, Format.INDONESIA).format(day)))
                        .as(pattern + " of month " + month).contains(day);
            }
            Instant moment = day.atTime(10, 15, 30, 123_000_000).atZone(WIB).toInstant();
            String printed = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm.ss,SSS 'WIB'", Format.INDONESIA)
                    .withZone(WIB).format(moment);
            assertThat(Tanggal.momen(printed).orElseThrow().mencakup(moment, WIB)).as(printed).isTrue();
        }
    }

    @Test
    void what_is_not_a_date_is_not_read() {
        assertThat(Tanggal.tanggal("09/22/2023")).as("month first: there is no 22nd month").isEmpty();
        assertThat(Tanggal.tanggal("31-02-2023")).isEmpty();
        assertThat(Tanggal.tanggal("22 Septober 2023")).isEmpty();
        assertThat(Tanggal.tanggal("kemarin")).isEmpty();
        assertThat(Tanggal.tanggal("22-09-2023 10.15")).as("a moment is not a date").isEmpty();
        assertThat(Tanggal.tanggal(null)).isEmpty();
    }

    @Test
    void a_moment_reaches_to_the_end_of_what_it_names() {
        assertThat(Tanggal.momen("22-09-2023").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T16:59:59.999999Z"));
        assertThat(Tanggal.momen("22-09-2023 10.15").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T03:15:59.999999Z"));
        assertThat(Tanggal.momen("22-09-2023 10:15:30").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T03:15:30.999999Z"));
        assertThat(Tanggal.momen("22-09-2023 10.15.30,123").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T03:15:30.123999Z"));
        assertThat(Tanggal.momen("22 Sep 2023 10.15.30,123456").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T03:15:30.123456Z"));
    }

    @Test
    void a_moment_copied_with_its_zone_is_read_in_that_zone() {
        assertThat(Tanggal.momen("22 Sep 2023 10.15 WITA").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T02:15:59.999999Z"));
        assertThat(Tanggal.momen("22-09-2023 10.15 WIT").orElseThrow().akhir(WIB))
                .isEqualTo(Instant.parse("2023-09-22T01:15:59.999999Z"));
    }

    @Test
    void a_moment_covers_every_instant_it_names() {
        Tanggal.Momen milli = Tanggal.momen("22-09-2023 10.15.30,123").orElseThrow();
        assertThat(milli.mencakup(Instant.parse("2023-09-22T03:15:30.123400Z"), WIB)).isTrue();
        assertThat(milli.mencakup(Instant.parse("2023-09-22T03:15:30.124Z"), WIB)).isFalse();
        assertThat(milli.mencakup(Instant.parse("2023-09-22T03:15:30.122999Z"), WIB)).isFalse();
    }
}
