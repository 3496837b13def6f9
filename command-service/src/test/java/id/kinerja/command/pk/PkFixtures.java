package id.kinerja.command.pk;

import id.kinerja.command.jadwal.JadwalDaerah;
import id.kinerja.command.jadwal.JadwalUji;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Fixtures of the Perjanjian Kinerja aggregate with the daerah's schedule its rules consult. */
public final class PkFixtures {

    private PkFixtures() {
    }

    /** A daerah without a schedule: no deadlines, nothing closed. */
    public static AggregateTestFixture<PerjanjianKinerja> tanpaJadwal() {
        return dengan(JadwalUji.tanpaJadwal());
    }

    public static AggregateTestFixture<PerjanjianKinerja> dengan(JadwalDaerah jadwal) {
        AggregateTestFixture<PerjanjianKinerja> fixture = new AggregateTestFixture<>(PerjanjianKinerja.class);
        fixture.registerInjectableResource(jadwal);
        return fixture;
    }
}
