package id.kinerja.load.bench;

import id.kinerja.load.province.OpdYear;
import id.kinerja.load.province.Request;
import id.kinerja.load.province.SyntheticProvince;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The commands the benchmarks send to a loaded province: corrections of budget realisation — the most frequent
 * command at a reporting deadline — on any sub kegiatan and month of any perangkat daerah. Each correction of a month
 * lowers what the generator recorded by a few thousand rupiah, a different amount each time, so it is always accepted
 * and never exceeds the pagu.
 */
final class Workload {

    /** What a PK needs for corrections: its path, sub kegiatan and final monthly spending. */
    record Pk(String tenant, String opd, String path, List<String> subs, long[][] spent) {
    }

    private final List<Pk> pks = new ArrayList<>();
    private final Map<String, AtomicInteger> corrections = new ConcurrentHashMap<>();

    Workload(SyntheticProvince province) {
        for (SyntheticProvince.Opd opd : province.opds()) {
            for (int year : province.shape().years()) {
                OpdYear y = province.year(opd, year);
                List<String> subs = y.subKegiatan();
                long[][] spent = new long[subs.size()][12];
                for (int s = 0; s < subs.size(); s++) {
                    for (int m = 1; m <= 12; m++) {
                        spent[s][m - 1] = y.spentInTheEnd(subs.get(s), m);
                    }
                }
                pks.add(new Pk(y.tenant(), y.opd(), y.pkPath(), subs, spent));
            }
        }
    }

    Pk randomPk(SplittableRandom random) {
        return pks.get(random.nextInt(pks.size()));
    }

    List<Pk> pks() {
        return pks;
    }

    /** A correction of one of the PK's months, with the reason given. */
    Request correction(Pk pk, SplittableRandom random, String reason) {
        int sub = random.nextInt(pk.subs().size());
        int month = random.nextInt(1, 13);
        String path = pk.path() + "/realisasi-anggaran/" + pk.subs().get(sub) + "/" + OpdYear.monthName(month)
                + "/koreksi";
        int n = corrections.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        long amount = Math.max(0, pk.spent()[sub][month - 1] - 1000L * (n % 97 + 1));
        return new Request(Request.Actor.OPERATOR, pk.tenant(), pk.opd(), "POST", path,
                Map.of("amount", amount, "reason", reason), 1);
    }
}
