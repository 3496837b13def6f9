package id.kinerja.reporting.naskah;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers and dates print the Indonesian way, as the seed documents print them. */
class AngkaTest {

    @Test
    void rupiah_percent_values_and_dates() {
        assertThat(Angka.rupiah(19_878_378_920L)).isEqualTo("19.878.378.920");
        assertThat(Angka.persen(new BigDecimal("70.695"))).isEqualTo("70,70");
        assertThat(Angka.persen(new BigDecimal("112.5"))).isEqualTo("112,50");
        assertThat(Angka.nilai(new BigDecimal("89.39"))).isEqualTo("89,39");
        assertThat(Angka.nilai(new BigDecimal("1.60"))).isEqualTo("1,60");
        assertThat(Angka.nilai(new BigDecimal("945"))).isEqualTo("945");
        assertThat(Angka.nilai(new BigDecimal("1250000.5"))).isEqualTo("1.250.000,50");
        assertThat(Angka.nilai(Nilai.of(Predikat.valueOf("A")))).isEqualTo("A");
        assertThat(Angka.tanggal(LocalDate.of(2023, 9, 22))).isEqualTo("22 September 2023");
    }

    @Test
    void a_value_prints_alike_whatever_scale_it_was_stored_with() {
        assertThat(Angka.nilai(new BigDecimal("7.00"))).isEqualTo(Angka.nilai(new BigDecimal("7")));
        assertThat(Angka.nilai(new BigDecimal("12.50"))).isEqualTo(Angka.nilai(new BigDecimal("12.5")));
    }
}
