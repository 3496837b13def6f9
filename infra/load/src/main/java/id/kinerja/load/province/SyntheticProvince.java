package id.kinerja.load.province;

import id.kinerja.load.province.Request.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The synthetic province of a {@link Shape}: its real daerah, their perangkat daerah (the n-th of every daerah of
 * the same kind) and each one's {@link OpdYear}s. Nothing is kept: every part is drawn again when asked for.
 */
public final class SyntheticProvince {

    /** A perangkat daerah of a daerah: the n-th kind of the {@link Nomenclature}. */
    public record Opd(Wilayah.Daerah daerah, int index) {
    }

    private final Shape shape;
    private final List<Wilayah.Daerah> daerah;

    public SyntheticProvince(Shape shape) {
        this.shape = shape;
        this.daerah = shape.daerah();
    }

    public Shape shape() {
        return shape;
    }

    public List<Wilayah.Daerah> daerah() {
        return daerah;
    }

    /** The province and then its kabupaten/kota, registered by the platform administrator. */
    public List<Request> tenantRegistrations() {
        List<Request> requests = new ArrayList<>();
        Wilayah.Daerah provinsi = Wilayah.provinsi(shape.provinsi());
        requests.add(register(provinsi));
        daerah.stream().filter(d -> !d.isProvinsi()).forEach(d -> requests.add(register(d)));
        return requests;
    }

    public List<Opd> opds() {
        List<Opd> opds = new ArrayList<>();
        for (Wilayah.Daerah d : daerah) {
            for (int i = 0; i < shape.opd(); i++) {
                opds.add(new Opd(d, i));
            }
        }
        return opds;
    }

    public OpdYear year(Opd opd, int year) {
        return new OpdYear(shape, opd.daerah(), opd.index(), year);
    }

    /** Every event the load is to store, counted from what it sends. */
    public long expectedEvents() {
        long events = tenantRegistrations().size();
        for (Opd opd : opds()) {
            for (int year : shape.years()) {
                events += year(opd, year).expected().events();
            }
        }
        return events;
    }

    private static Request register(Wilayah.Daerah d) {
        return new Request(Actor.ADMIN, d.code(), null, "POST", "/api/tenants",
                Map.of("code", d.code(), "name", d.name(), "jenis", d.jenis()), 1);
    }
}
