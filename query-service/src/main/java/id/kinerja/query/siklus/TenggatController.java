package id.kinerja.query.siklus;

import id.kinerja.api.common.TenantId;
import id.kinerja.api.common.WaktuDaerah;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakDitemukan;
import id.kinerja.web.TidakSah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A daerah's schedule, and what is due or late per daerah and per province, as of any recorded time. */
@Tag(name = "Jadwal dan tenggat")
@RestController
public class TenggatController {

    private final Tenants tenants;
    private final SiklusReads reads;
    private final PeriodeStatuses statuses;

    public TenggatController(Tenants tenants, SiklusReads reads, PeriodeStatuses statuses) {
        this.tenants = tenants;
        this.reads = reads;
        this.statuses = statuses;
    }

    @Operation(summary = "The daerah's due date per period of the year, and the periods it closed")
    @GetMapping("/api/tenants/{tenant}/jadwal/{year}")
    public JadwalView jadwal(@PathVariable String tenant, @PathVariable int year,
                             @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        tenants.require(tenant, at);
        List<JadwalView.Baris> rows = new ArrayList<>();
        reads.jadwal(tenant, year, at).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(PeriodeStatuses.CALENDAR))
                .forEach(e -> rows.add(new JadwalView.Baris(e.getKey().name(), e.getValue().tanggal(),
                        e.getValue().ditutupPada(), e.getValue().ditutupOleh())));
        return new JadwalView(tenant, year, at, rows);
    }

    @Operation(summary = "Every perangkat daerah's periods of the year against their deadlines: counts per keadaan "
            + "and the periods (only the keadaan given, when given)")
    @GetMapping("/api/tenants/{tenant}/tenggat/{year}")
    public TenggatView daerah(@PathVariable String tenant, @PathVariable int year,
                              @Parameter(description = "e.g. TERLAMBAT,SEGERA_JATUH_TEMPO; absent = all")
                              @RequestParam(required = false) String keadaan,
                              @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        return view(tenants.require(tenant, at), year, at, keadaan(keadaan));
    }

    @Operation(summary = "The same for each daerah of a province (its kabupaten/kota and the province itself)")
    @GetMapping("/api/provinsi/{provinsi}/tenggat/{year}")
    public List<TenggatView> provinsi(@PathVariable String provinsi, @PathVariable int year,
                                      @RequestParam(required = false) String keadaan,
                                      @RequestParam(required = false) String asOf) {
        if (!provinsi.matches("\\d{2}")) {
            throw new TidakSah("provinsi", "'" + provinsi + "' bukan kode provinsi (dua angka, mis. 35)");
        }
        Instant at = AsOf.parse(asOf);
        Set<Keadaan> wanted = keadaan(keadaan);
        List<TenggatView> views = new ArrayList<>();
        tenants.find(provinsi, at).ifPresent(own -> views.add(view(own, year, at, wanted)));
        for (Tenants.Pemda daerah : tenants.kabupatenKota(provinsi, at)) {
            views.add(view(daerah, year, at, wanted));
        }
        if (views.isEmpty()) {
            throw new TidakDitemukan("provinsi " + provinsi + " dan kabupaten/kotanya tidak dikenal per " + at);
        }
        return views;
    }

    private TenggatView view(Tenants.Pemda daerah, int year, Instant at, Set<Keadaan> wanted) {
        List<PeriodeStatus> all = statuses.daerah(daerah.tenant(), year, at);
        Map<Keadaan, Long> counts = new EnumMap<>(Keadaan.class);
        for (Keadaan k : Keadaan.values()) {
            counts.put(k, all.stream().filter(s -> s.keadaan() == k).count());
        }
        return new TenggatView(daerah.tenant(), daerah.name(), year, at,
                WaktuDaerah.date(TenantId.of(daerah.tenant()), at), counts,
                all.stream().filter(s -> wanted.contains(s.keadaan())).toList());
    }

    private static Set<Keadaan> keadaan(String given) {
        if (given == null || given.isBlank()) {
            return EnumSet.allOf(Keadaan.class);
        }
        Set<Keadaan> wanted = EnumSet.noneOf(Keadaan.class);
        for (String name : given.split(",")) {
            try {
                wanted.add(Keadaan.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new TidakSah("keadaan", "keadaan '" + name.trim() + "' tidak dikenal: "
                        + EnumSet.allOf(Keadaan.class));
            }
        }
        return wanted;
    }
}
