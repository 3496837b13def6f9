package id.kinerja.command.jadwal;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.jadwal.ClosePeriode;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import id.kinerja.api.jadwal.SetJadwal;
import id.kinerja.api.jadwal.Tenggat;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static id.kinerja.api.common.Periode.DES;
import static id.kinerja.api.common.Periode.NOV;
import static id.kinerja.api.common.Periode.TAHUN;
import static id.kinerja.command.shared.Violations.violates;

/**
 * A daerah's jadwal pelaporan: a due date per period, after the period's end and no later than the next year;
 * a period is closed for the whole daerah only once its deadline has passed, and a closed period keeps its date.
 */
class JadwalFixtureTest {

    private static final JadwalId BULELENG_2023 = new JadwalId(TenantId.of("51.08"), 2023);
    private static final Tenggat NOV_10 = new Tenggat(NOV, LocalDate.of(2023, 12, 10));
    private static final Tenggat DES_10 = new Tenggat(DES, LocalDate.of(2024, 1, 10));
    private static final Tenggat TAHUN_31 = new Tenggat(TAHUN, LocalDate.of(2024, 1, 31));

    private FixtureConfiguration<JadwalPelaporan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(JadwalPelaporan.class);
    }

    @Test
    void a_schedule_is_set_in_period_order_and_replaced_as_a_whole() {
        fixture.givenNoPriorActivity()
                .when(new SetJadwal(BULELENG_2023, List.of(TAHUN_31, DES_10, NOV_10)))
                .expectEvents(new JadwalSet(BULELENG_2023, List.of(NOV_10, DES_10, TAHUN_31)));
        fixture.given(new JadwalSet(BULELENG_2023, List.of(NOV_10, DES_10)))
                .when(new SetJadwal(BULELENG_2023, List.of(DES_10, NOV_10)))
                .expectNoEvents();
        Tenggat des15 = new Tenggat(DES, LocalDate.of(2024, 1, 15));
        fixture.given(new JadwalSet(BULELENG_2023, List.of(NOV_10, DES_10)))
                .when(new SetJadwal(BULELENG_2023, List.of(NOV_10, des15)))
                .expectEvents(new JadwalSet(BULELENG_2023, List.of(NOV_10, des15)));
    }

    @Test
    void a_due_date_falls_after_its_period_and_within_the_next_year() {
        fixture.givenNoPriorActivity()
                .when(new SetJadwal(BULELENG_2023, List.of(new Tenggat(DES, LocalDate.of(2023, 12, 31)))))
                .expectException(violates("tenggat-sebelum-akhir-periode", "tenggat[0].tanggal"));
        fixture.givenNoPriorActivity()
                .when(new SetJadwal(BULELENG_2023, List.of(NOV_10, new Tenggat(TAHUN, LocalDate.of(2025, 1, 1)))))
                .expectException(violates("tenggat-terlalu-jauh", "tenggat[1].tanggal"));
        fixture.givenNoPriorActivity()
                .when(new SetJadwal(BULELENG_2023, List.of(DES_10, DES_10)))
                .expectException(violates("tenggat-ganda", "tenggat[1].period"));
        fixture.givenNoPriorActivity()
                .when(new SetJadwal(BULELENG_2023, List.of()))
                .expectException(violates("required", "tenggat"));
        fixture.givenNoPriorActivity()
                .when(new SetJadwal(BULELENG_2023, List.of(new Tenggat(DES, null))))
                .expectException(violates("required", "tenggat[0].tanggal"));
    }

    @Test
    void a_period_is_closed_only_after_its_deadline_and_only_once() {
        JadwalSet set = new JadwalSet(BULELENG_2023, List.of(NOV_10, DES_10));
        fixture.givenCurrentTime(Instant.parse("2024-01-10T15:00:00Z")) // 23.00 WITA on the due date
                .andGiven(set)
                .when(new ClosePeriode(BULELENG_2023, DES))
                .expectException(violates("tenggat-belum-lewat", "period"));
        fixture.givenCurrentTime(Instant.parse("2024-01-10T16:30:00Z")) // 00.30 WITA on 11 January
                .andGiven(set)
                .when(new ClosePeriode(BULELENG_2023, DES))
                .expectEvents(new PeriodeClosed(BULELENG_2023, DES, DES_10.tanggal()));
        fixture.given(set, new PeriodeClosed(BULELENG_2023, DES, DES_10.tanggal()))
                .when(new ClosePeriode(BULELENG_2023, DES))
                .expectException(violates("periode-sudah-ditutup", "period"));
        fixture.given(set)
                .when(new ClosePeriode(BULELENG_2023, Periode.TW4))
                .expectException(violates("tenggat-belum-ditetapkan", "period"));
    }

    @Test
    void a_closed_period_keeps_its_due_date() {
        fixture.given(new JadwalSet(BULELENG_2023, List.of(NOV_10, DES_10)),
                        new PeriodeClosed(BULELENG_2023, NOV, NOV_10.tanggal()))
                .when(new SetJadwal(BULELENG_2023, List.of(new Tenggat(NOV, LocalDate.of(2023, 12, 20)), DES_10)))
                .expectException(violates("periode-ditutup", "tenggat[0].tanggal"));
        fixture.given(new JadwalSet(BULELENG_2023, List.of(NOV_10, DES_10)),
                        new PeriodeClosed(BULELENG_2023, NOV, NOV_10.tanggal()))
                .when(new SetJadwal(BULELENG_2023, List.of(DES_10)))
                .expectException(violates("periode-ditutup", "tenggat"));
    }
}
