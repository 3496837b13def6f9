package id.kinerja.command.jadwal;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.api.jadwal.ClosePeriode;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.jadwal.SetJadwal;
import id.kinerja.api.jadwal.Tenggat;
import id.kinerja.command.web.Commands;
import id.kinerja.web.TidakSah;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/** A daerah's jadwal pelaporan: due dates per period of a year, and closing a period after its deadline. */
@RestController
@RequestMapping("/api/tenants/{tenant}/jadwal/{year}")
@Tag(name = "Jadwal", description = "Reporting schedule per daerah and year")
class JadwalController {

    /**
     * Either the due dates one by one, or {@code hariKe}: every month, triwulan and the year due on that day of
     * the following month (10 → January's realisasi by 10 February, the year's by 10 January).
     */
    record Schedule(List<Tenggat> tenggat, Integer hariKe) {
    }

    private final Commands commands;

    JadwalController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping
    @Operation(summary = "Set the year's schedule: {\"tenggat\": [{\"period\": \"JAN\", \"tanggal\": \"2024-02-10\"}, …]} "
            + "or {\"hariKe\": 10}")
    ResponseEntity<Void> set(@PathVariable String tenant, @PathVariable int year, @RequestBody Schedule body,
                             HttpServletRequest request) {
        JadwalId jadwal = jadwal(tenant, year);
        List<Tenggat> tenggat = body.hariKe() == null ? body.tenggat() : following(year, body.hariKe(), body);
        commands.send(request, jadwal.tenant(), new SetJadwal(jadwal, tenggat));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tutup/{period}")
    @Operation(summary = "Close a period for the whole daerah after its deadline: only a reopen lets it change")
    ResponseEntity<Void> close(@PathVariable String tenant, @PathVariable int year, @PathVariable Periode period,
                               HttpServletRequest request) {
        JadwalId jadwal = jadwal(tenant, year);
        commands.send(request, jadwal.tenant(), new ClosePeriode(jadwal, period));
        return ResponseEntity.noContent().build();
    }

    private static JadwalId jadwal(String tenant, int year) {
        return new JadwalId(Paths.tenant(tenant), Paths.year(year));
    }

    private static List<Tenggat> following(int year, int day, Schedule body) {
        if (body.tenggat() != null) {
            throw new TidakSah("hariKe", "isi tenggat atau hariKe, tidak keduanya");
        }
        if (day < 1 || day > 28) {
            throw new TidakSah("hariKe", "hariKe adalah tanggal 1–28 bulan berikutnya");
        }
        List<Tenggat> tenggat = new ArrayList<>();
        for (Granularity granularity : Granularity.values()) {
            for (Periode period : Periode.all(granularity)) {
                try {
                    tenggat.add(new Tenggat(period, period.lastDay(year).plusDays(1).withDayOfMonth(day)));
                } catch (DateTimeException e) {
                    throw new TidakSah("hariKe", e.getMessage());
                }
            }
        }
        return tenggat;
    }
}
