package id.kinerja.query.provinsi;

import id.kinerja.api.common.TenantId;
import id.kinerja.query.history.PkRows;
import id.kinerja.query.history.Saat;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.queryapi.provinsi.RekapSusun;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import id.kinerja.web.TidakSah;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Gathers, as of the asked time, the PK facts of every kabupaten/kota of a province — a province reads only its own:
 * those whose code starts with it — and has the rule book roll them up ({@link RekapSusun}; programs lined up by
 * their national nomenclature code). Each PK is summarised on its own ({@link RekapSusun#ringkas}) and the summary
 * kept under the name of its facts at that moment ({@link RingkasanTersimpan}): a roll-up reads the PKs' names and
 * composes only the PKs whose facts no instance has summarised yet — most were composed ahead, as their changes
 * settled ({@link RingkasanDahulu}). Those are read together, one query per table (the PK's tables, realisasi,
 * realisasi anggaran), not PK by PK.
 */
@Component
public class RekapQueries {

    private final Tenants tenants;
    private final RingkasanSusun susun;
    private final RingkasanTersimpan kept;

    RekapQueries(Tenants tenants, RingkasanSusun susun, RingkasanTersimpan kept) {
        this.tenants = tenants;
        this.susun = susun;
        this.kept = kept;
    }

    public RekapProvinsi rekap(String provinsi, int year, Instant asOf) {
        if (!provinsi.matches("\\d{2}")) {
            throw new TidakSah("provinsi", "'" + provinsi + "' bukan kode provinsi (dua angka, mis. 51)");
        }
        Tenants.Pemda province = tenants.require(provinsi, asOf);
        List<Tenants.Pemda> kabupatenKota = tenants.kabupatenKota(provinsi, asOf).stream()
                .filter(kab -> TenantId.of(kab.tenant()).provinsi().code().equals(provinsi)).toList();
        List<RekapSusun.DaerahRingkas> daerah = new ArrayList<>();
        if (!kabupatenKota.isEmpty()) {
            Saat saat = Saat.asOf(asOf);
            Map<PkRows.Key, RingkasanTersimpan.Nama> names = susun.names(
                    PkRows.daerah(kabupatenKota.stream().map(Tenants.Pemda::tenant).toList(), year, saat), year);
            Map<PkRows.Key, RingkasanPk> summaries = summaries(names, year, saat);
            for (Tenants.Pemda kab : kabupatenKota) {
                daerah.add(new RekapSusun.DaerahRingkas(kab.tenant(), kab.name(), summaries.entrySet().stream()
                        .filter(pk -> pk.getKey().tenant().equals(kab.tenant())).map(Map.Entry::getValue).toList()));
            }
        }
        return RekapSusun.susun(provinsi, province.name(), year, asOf, daerah);
    }

    /** The summary of each PK: kept, or composed from its facts at the moment (and then kept, if it has a name). */
    private Map<PkRows.Key, RingkasanPk> summaries(Map<PkRows.Key, RingkasanTersimpan.Nama> names, int year,
                                                   Saat saat) {
        Map<RingkasanTersimpan.Nama, RingkasanPk> known = kept.kept(
                names.values().stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<PkRows.Key, RingkasanPk> summaries = new HashMap<>();
        List<PkRows.Key> missing = new ArrayList<>();
        names.forEach((pk, name) -> {
            RingkasanPk summary = name == null ? null : known.get(name);
            if (summary == null) {
                missing.add(pk);
            } else {
                summaries.put(pk, summary);
            }
        });
        for (int from = 0; from < missing.size(); from += RingkasanSusun.PKS_PER_READ) {
            List<PkRows.Key> part = missing.subList(from, Math.min(missing.size(), from + RingkasanSusun.PKS_PER_READ));
            Map<RingkasanTersimpan.Nama, RingkasanPk> composed = new HashMap<>();
            susun.compose(PkRows.pks(part, year, saat), year).forEach((pk, summary) -> {
                summaries.put(pk, summary);
                if (names.get(pk) != null) {
                    composed.put(names.get(pk), summary);
                }
            });
            kept.keep(composed);
        }
        return summaries;
    }
}
