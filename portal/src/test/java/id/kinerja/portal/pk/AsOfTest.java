package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.Penolakan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsOfTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void a_typed_moment_means_everything_recorded_by_the_end_of_what_it_names_in_the_portals_zone() {
        assertThat(AsOf.baca("22-09-2023 10.15.30,123", WITA)).isEqualTo(Instant.parse("2023-09-22T02:15:30.123999Z"));
        assertThat(AsOf.baca("22-09-2023 10.15", WITA)).isEqualTo(Instant.parse("2023-09-22T02:15:59.999999Z"));
        assertThat(AsOf.baca("22-09-2023", WITA)).isEqualTo(Instant.parse("2023-09-22T15:59:59.999999Z"));
        assertThat(AsOf.baca("2023-09-22T10:15:30.123", WITA)).as("ISO, from an older link")
                .isEqualTo(Instant.parse("2023-09-22T02:15:30.123999Z"));
        assertThat(AsOf.baca(" ", WITA)).isNull();
    }

    @Test
    void an_instant_with_its_offset_is_taken_as_it_is() {
        assertThat(AsOf.baca("2023-09-22T02:15:30.123400Z", WITA)).isEqualTo(Instant.parse("2023-09-22T02:15:30.123400Z"));
    }

    @Test
    void a_moment_not_read_is_refused_saying_how_to_write_it() {
        assertThatThrownBy(() -> AsOf.baca("kemarin", WITA)).isInstanceOf(Penolakan.class)
                .hasMessageContaining("22-09-2023 10.15");
        assertThatThrownBy(() -> AsOf.baca("09/22/2023 10:15 AM", WITA)).isInstanceOf(Penolakan.class);
    }

    @Test
    void the_sliders_exact_moment_counts_while_the_field_still_shows_it() {
        // a PK signed and its Perubahan recorded 300 µs apart, in one millisecond
        String signed = "2023-09-22T02:15:30.123400Z";
        assertThat(AsOf.baca("22-09-2023 10.15.30,123", signed, WITA)).isEqualTo(Instant.parse(signed));
    }

    @Test
    void a_moment_typed_by_hand_wins_over_the_sliders() {
        assertThat(AsOf.baca("22-09-2023 10.16", "2023-09-22T02:15:30.123400Z", WITA))
                .isEqualTo(Instant.parse("2023-09-22T02:16:59.999999Z"));
        assertThat(AsOf.baca("22-09-2023", "2023-09-22T02:15:30.123400Z", WITA)).as("the whole day typed")
                .isEqualTo(Instant.parse("2023-09-22T15:59:59.999999Z"));
        assertThat(AsOf.baca("", "2023-09-22T02:15:30.123400Z", WITA)).isNull();
        assertThat(AsOf.baca("22-09-2023 10.15.30,123", null, WITA))
                .isEqualTo(Instant.parse("2023-09-22T02:15:30.123999Z"));
    }
}
